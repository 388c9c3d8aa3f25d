using PaperGraph.Cli.Commands;
using PaperGraph.Graph;
using PaperGraph.Tests.Neo4j;

namespace PaperGraph.Tests.Survey;

/// <summary>The survey verb end to end: files written, and bad input as one line and exit code, no stack trace.</summary>
public sealed class SurveyCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("papergraph-survey-cli-").FullName;
    private readonly string build;

    public SurveyCommandTests()
    {
        var graph = SurveyTestGraph.Graph();
        build = Path.Combine(folder, "build");
        Directory.CreateDirectory(build);
        GraphStore.Save(graph, SurveyTestGraph.Analysis(graph), Path.Combine(build, GraphStore.FileName));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Run_Markdown_WritesTheOutline()
    {
        var output = Path.Combine(folder, "survey.md");

        var exit = CliApp.Run(["survey", "--from", build, "-o", output]);

        Assert.Equal(0, exit);
        Assert.StartsWith("# Survey outline: Object detection and Image generation", File.ReadAllText(output));
    }

    [Fact]
    public void Run_FormatLatex_WritesTexAndBib()
    {
        var output = Path.Combine(folder, "survey.out");

        var exit = CliApp.Run(["survey", "--from", build, "--topic", "GAN", "--format", "latex", "-o", output]);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(folder, "survey.bib")));
        Assert.Contains(@"\bibliography{survey}", File.ReadAllText(output));
    }

    [Theory]
    [InlineData("missing", "does not exist", 5)]
    [InlineData("--community 42", "no community 42", 5)]
    [InlineData("--topic zzzq", "nothing matches the topic \"zzzq\"", 5)]
    [InlineData("--community 0 --topic GAN", "cannot be used together", 2)]
    [InlineData("--depth 0", "--depth must be at least 1", 2)]
    public async Task Run_BadInput_OneLineAndExitCode(string arguments, string message, int code)
    {
        var from = arguments == "missing" ? Path.Combine(folder, "nowhere") : build;
        var extra = arguments == "missing" ? [] : arguments.Split(' ');
        var output = Path.Combine(folder, "never.md");

        var (exit, _, error) = await CliProcess.RunAsync(new Dictionary<string, string?>(), ["survey", "--from", from, "-o", output, .. extra]);

        Assert.Equal(code, exit);
        Assert.Contains(message, error);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Run_EmptyGraph_SaysSoAndExitsNotFound()
    {
        var empty = Path.Combine(folder, "empty");
        Directory.CreateDirectory(empty);
        GraphStore.Save(KnowledgeGraph.Empty, GraphAnalysis.None, Path.Combine(empty, GraphStore.FileName));

        var (exit, _, error) = await CliProcess.RunAsync(new Dictionary<string, string?>(), "survey", "--from", empty, "-o", Path.Combine(folder, "e.md"));

        Assert.Equal(5, exit);
        Assert.Contains("the graph has no papers", error);
    }

    [Fact]
    public async Task Run_ForeignGraphFile_ExitsNotFound()
    {
        var foreign = Path.Combine(folder, "foreign");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, GraphStore.FileName), "{\"schema\": \"something/else@1\"}");

        var (exit, _, error) = await CliProcess.RunAsync(new Dictionary<string, string?>(), "survey", "--from", foreign, "-o", Path.Combine(folder, "f.md"));

        Assert.Equal(5, exit);
        Assert.Contains("is not a PaperGraph graph", error);
    }
}
