using PaperGraph.Cli.Commands;
using PaperGraph.Cli.Console;

namespace PaperGraph.Tests.Cli;

public class CliAppTests
{
    [Theory]
    [InlineData("no-such-verb")]
    [InlineData("build")]
    [InlineData("build", "samples", "--format", "pdf", "--out", "x")]
    [InlineData("extract", "samples", "--threads", "0")]
    [InlineData("extract", "samples", "--shard", "5/4")]
    public void Run_CommandLineThatDoesNotParse_ExitsWithUsageAndSaysWhy(params string[] args)
    {
        var error = new StringWriter();

        var code = CliApp.Run(args, error);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.StartsWith("papergraph: error: ", error.ToString());
        Assert.Contains("--help", error.ToString());
    }

    [Fact]
    public void CreateRoot_EveryDocumentedVerb_IsThere()
    {
        var verbs = CliApp.CreateRoot().Subcommands.Select(c => c.Name).ToHashSet();

        Assert.Superset(new HashSet<string> { "build", "extract", "analyze", "load", "query", "export", "bench", "survey", "merge" }, verbs);
    }
}
