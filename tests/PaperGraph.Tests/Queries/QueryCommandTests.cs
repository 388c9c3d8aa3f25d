using System.Text.Json;
using PaperGraph.Tests.Neo4j;
using static PaperGraph.Tests.Queries.QueryTestGraph;

namespace PaperGraph.Tests.Queries;

/// <summary>`papergraph query ...` as a script runs it: JSON on standard output, errors and exit codes.</summary>
public sealed class QueryCommandTests : IDisposable
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];
    private readonly string folder = CliProcess.BuildFolder(Sample, SampleAnalysis);

    [Fact]
    public async Task SharedBenchmarks_MethodByAliasAsJson_TheEmbeddedRows()
    {
        var (exit, output, _) = await CliProcess.RunAsync(NoEnvironment, "query", "shared-benchmarks", "--from", folder, "--method", "low-rank adaptation", "--json");

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("method:lora", json.GetProperty("method").GetProperty("id").GetString());
        Assert.Equal(new[] { "method:adapter", "method:prefix_tuning", "method:resnet50" },
            json.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("other").GetProperty("id").GetString()));
        Assert.Equal(2, json.GetProperty("rows")[0].GetProperty("sharedCount").GetInt32());
    }

    [Fact]
    public async Task SharedBenchmarks_UnknownMethod_ExitNotFoundWithClosestNames()
    {
        var (exit, output, error) = await CliProcess.RunAsync(NoEnvironment, "query", "shared-benchmarks", "--from", folder, "--method", "Adaptor", "--json");

        Assert.Equal(5, exit);
        Assert.Empty(output);
        Assert.StartsWith("papergraph: error: no method named \"Adaptor\"; closest: Adapter", error);
    }

    [Fact]
    public async Task Leaderboard_Json_SectionsWithDirectionsBestFirst()
    {
        var (exit, output, _) = await CliProcess.RunAsync(NoEnvironment, "query", "leaderboard", "--from", folder, "--benchmark", "CIFAR-10", "--metric", "FID", "--json");

        Assert.Equal(0, exit);
        var section = JsonDocument.Parse(output).RootElement.GetProperty("sections").EnumerateArray().Single();
        Assert.Equal("lowerIsBetter", section.GetProperty("direction").GetString());
        Assert.Equal(new[] { 2.5, 3.1 }, section.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task Community_TableAndUnknownId()
    {
        var overview = await CliProcess.RunAsync(NoEnvironment, "query", "community", "--from", folder);
        var unknown = await CliProcess.RunAsync(NoEnvironment, "query", "community", "7", "--from", folder);

        Assert.Equal(0, overview.Exit);
        Assert.Contains("fine-tuning", overview.Out);
        Assert.True(overview.Out.IndexOf("fine-tuning", StringComparison.Ordinal) < overview.Out.IndexOf("vision", StringComparison.Ordinal));
        Assert.Equal(5, unknown.Exit);
        Assert.Contains("no community named \"7\"", unknown.Error);
    }

    [Fact]
    public async Task Query_MissingFolder_ExitNotFoundOneLine()
    {
        var (exit, _, error) = await CliProcess.RunAsync(NoEnvironment, "query", "community", "--from", Path.Combine(folder, "missing"));

        Assert.Equal(5, exit);
        Assert.Single(error.Trim().Split('\n'));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
