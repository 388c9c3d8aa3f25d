using System.Text.Json;
using PaperGraph.Cli.Commands;
using PaperGraph.Tests.Analytics.Support;

namespace PaperGraph.Tests.Analytics;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"papergraph-analyze-{Guid.NewGuid():N}");

    public AnalyzeCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Run_KarateEdgeList_WritesNodesAndSummary()
    {
        var output = Path.Combine(_folder, "out");

        var exit = CliApp.Run(["analyze", "--edges", TestGraphs.DataPath("karate.tsv"), "--out", output, "--seed", "3"]);

        Assert.Equal(0, exit);
        var lines = File.ReadAllLines(Path.Combine(output, "nodes.tsv"));
        Assert.Equal("id\tdegree\tpagerank\tbetweenness\tcommunity\tstrength", lines[0]);
        Assert.Equal(35, lines.Length);
        var member0 = lines.Single(l => l.StartsWith("0\t", StringComparison.Ordinal)).Split('\t');
        Assert.Equal("16", member0[1]);
        Assert.Equal(231.0714285714, double.Parse(member0[3], System.Globalization.CultureInfo.InvariantCulture), 1e-9);

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json")));
        var root = summary.RootElement;
        Assert.Equal(34, root.GetProperty("nodes").GetInt32());
        Assert.Equal(78, root.GetProperty("edges").GetInt32());
        Assert.Equal(1, root.GetProperty("components").GetInt32());
        Assert.Equal(4, root.GetProperty("communities").GetInt32());
        Assert.True(root.GetProperty("modularity").GetDouble() >= 0.4197);
        Assert.Equal("exact", root.GetProperty("betweenness").GetProperty("mode").GetString());
        Assert.True(root.GetProperty("seconds").TryGetProperty("leiden", out _));
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));
    }

    [Fact]
    public void Run_CpmObjective_UsesCpm()
    {
        var output = Path.Combine(_folder, "cpm");

        var exit = CliApp.Run(["analyze", "--edges", TestGraphs.DataPath("karate.tsv"), "--out", output, "--objective", "cpm", "--resolution", "0.1"]);

        Assert.Equal(0, exit);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json")));
        Assert.Equal("cpm", summary.RootElement.GetProperty("leiden").GetProperty("objective").GetString());
    }

    [Fact]
    public void Run_BadLine_ExitsWithInputErrorAndWritesNothing()
    {
        var edges = Path.Combine(_folder, "bad.tsv");
        File.WriteAllText(edges, "a\tb\t1\nb\tc\t-2\n");
        var output = Path.Combine(_folder, "never");

        var exit = CliApp.Run(["analyze", "--edges", edges, "--out", output]);

        Assert.Equal(3, exit);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Run_MissingFile_ExitsWithInputError()
    {
        var exit = CliApp.Run(["analyze", "--edges", Path.Combine(_folder, "none.tsv"), "--out", _folder]);

        Assert.Equal(3, exit);
    }

    [Fact]
    public void Run_NonPositiveResolution_ExitsWithUsage()
    {
        var exit = CliApp.Run(["analyze", "--edges", TestGraphs.DataPath("karate.tsv"), "--out", _folder, "--resolution", "0"]);

        Assert.Equal(2, exit);
    }

    [Fact]
    public void Run_UnknownObjective_Rejected()
    {
        var exit = CliApp.Run(["analyze", "--edges", TestGraphs.DataPath("karate.tsv"), "--out", _folder, "--objective", "louvain"]);

        Assert.NotEqual(0, exit);
        Assert.False(File.Exists(Path.Combine(_folder, "nodes.tsv")));
    }
}
