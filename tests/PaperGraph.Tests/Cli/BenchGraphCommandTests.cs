using PaperGraph.Cli.Commands;
using PaperGraph.Cli.Console;

namespace PaperGraph.Tests.Cli;

/// <summary>The graph benchmark is `bench graph`, beside `bench extract` and `bench build`; `bench-graph` still runs it.</summary>
public class BenchGraphCommandTests
{
    [Fact]
    public void Run_BenchGraphOnSmallGraphs_ExitsOk()
    {
        var error = new StringWriter();

        var code = CliApp.Run(["bench", "graph", "--nodes", "2000", "--lfr-nodes", "0"], error);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", error.ToString());
    }

    [Theory]
    [InlineData("bench", "graph")]
    [InlineData("bench-graph")]
    public void Parse_EitherName_ReachesTheGraphBenchmarkWithItsOptions(params string[] verb)
    {
        var parse = CliApp.CreateRoot().Parse([.. verb, "--nodes", "5000", "--lfr-nodes", "300", "--seed", "4"]);

        Assert.Empty(parse.Errors);
        Assert.Equal(verb[^1], parse.CommandResult.Command.Name);
        Assert.NotNull(parse.CommandResult.Command.Action);
        Assert.Equal(["--lfr-nodes", "--max-iterations", "--min-improvement", "--nodes", "--seed"],
            parse.CommandResult.Command.Options.Select(o => o.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_OldNameWithTooFewNodes_RefusesTheOptionNotTheVerb()
    {
        var error = new StringWriter();

        var code = CliApp.Run(["bench-graph", "--nodes", "5"], error);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void CreateRoot_OldName_IsHiddenAndTheBenchVerbListsGraph()
    {
        var root = CliApp.CreateRoot();

        Assert.True(root.Subcommands.Single(c => c.Name == "bench-graph").Hidden);
        Assert.Equal(["build", "extract", "graph"],
            root.Subcommands.Single(c => c.Name == "bench").Subcommands.Select(c => c.Name).Order(StringComparer.Ordinal));
    }
}
