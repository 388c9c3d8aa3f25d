using System.Text.Json;
using PaperGraph.Graph;
using PaperGraph.Tests.Support;
using static PaperGraph.Tests.Graph.GraphFixtures;

namespace PaperGraph.Tests.Graph;

/// <summary>graph.json as written must satisfy docs/graph.schema.json, and the validator must notice when it does not.</summary>
public sealed class GraphSchemaTests
{
    private static readonly JsonSchemaValidator Schema =
        JsonSchemaValidator.Load(Path.Combine(SharedData.RepositoryRoot, "docs", "graph.schema.json"));

    private static JsonDocument Written(GraphAnalysis? analysis = null)
    {
        var graph = Sample();
        using var stream = new MemoryStream();
        GraphJsonSerializer.Write(graph, analysis ?? SampleAnalysis(graph), stream);
        return JsonDocument.Parse(stream.ToArray());
    }

    [Fact]
    public void Save_SampleGraphWithAnalysis_MatchesTheSchema()
    {
        using var document = Written();

        Assert.Empty(Schema.Validate(document.RootElement));
    }

    [Fact]
    public void Save_GraphWithoutAnalysis_MatchesTheSchema()
    {
        using var document = Written(GraphAnalysis.None);

        Assert.Empty(Schema.Validate(document.RootElement));
        Assert.False(document.RootElement.GetProperty("entities")[0].TryGetProperty("metrics", out _));
    }

    [Fact]
    public void Save_ThroughTheStore_WritesAFileThatMatchesTheSchema()
    {
        var folder = Directory.CreateTempSubdirectory("papergraph-schema-").FullName;
        try
        {
            var graph = Sample();
            var path = Path.Combine(folder, GraphStore.FileName);
            GraphStore.Save(graph, SampleAnalysis(graph), path);

            using var document = JsonDocument.Parse(File.ReadAllBytes(path));

            Assert.Empty(Schema.Validate(document.RootElement));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("\"type\":\"PROPOSES\"", "\"type\":\"proposes\"", "is not one of")]
    [InlineData("\"paperCount\":", "\"paperCount\":\"x\",\"was\":", "is not of type")]
    [InlineData("\"schema\":\"papergraph/graph@1\"", "\"schema\":\"papergraph/graph@2\"", "is not \"papergraph/graph@1\"")]
    [InlineData("\"field\":\"abstract\"", "\"field\":\"body\"", "is not one of")]
    [InlineData("\"sentenceEnd\":", "\"sentenceEnd\":-1,\"x\":", "below the minimum")]
    public void Validate_BrokenGraph_ReportsTheViolation(string find, string replace, string expected)
    {
        using var document = Written();
        var text = document.RootElement.GetRawText();
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{find} is not in the sample");
        using var broken = JsonDocument.Parse(text[..at] + replace + text[(at + find.Length)..]);

        var errors = Schema.Validate(broken.RootElement);

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MissingRequiredSection_ReportsIt()
    {
        using var document = JsonDocument.Parse("{\"schema\":\"papergraph/graph@1\",\"papers\":[]}");

        var errors = Schema.Validate(document.RootElement);

        Assert.Contains("$: required property \"edges\" is missing", errors);
    }
}
