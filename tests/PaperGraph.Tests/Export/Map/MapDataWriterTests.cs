using System.Text;
using System.Text.Json;
using PaperGraph.Export.Map;
using PaperGraph.Graph;
using static PaperGraph.Tests.Graph.GraphFixtures;

namespace PaperGraph.Tests.Export.Map;

public sealed class MapDataWriterTests
{
    private static byte[] Bytes(KnowledgeGraph graph, GraphAnalysis analysis, MapOptions? options = null)
    {
        using var stream = new MemoryStream();
        MapDataWriter.Write(graph, analysis, options ?? new MapOptions(), stream);
        return stream.ToArray();
    }

    private static JsonElement Written(KnowledgeGraph graph, GraphAnalysis analysis, MapOptions? options = null) =>
        JsonDocument.Parse(Bytes(graph, analysis, options)).RootElement.Clone();

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    [Fact]
    public void Write_Sample_ListsPapersThenEntitiesWithTheirTypes()
    {
        var graph = Sample();

        var json = Written(graph, SampleAnalysis(graph));

        var nodes = json.GetProperty("nodes");
        Assert.Equal(MapDataWriter.Schema, json.GetProperty("schema").GetString());
        Assert.Equal(graph.Papers.Select(p => p.Id.Value).Concat(graph.Entities.Select(e => e.Id.Value)), Strings(nodes.GetProperty("id")));
        Assert.Equal(graph.Papers.Select(p => p.Title).Concat(graph.Entities.Select(e => e.Name)), Strings(nodes.GetProperty("label")));
        var types = nodes.GetProperty("type").EnumerateArray().Select(t => Strings(json.GetProperty("types"))[t.GetInt32()]).ToList();
        Assert.Equal(graph.Papers.Select(_ => "Paper").Concat(graph.Entities.Select(e => e.Type.ToString())), types);
        Assert.False(json.GetProperty("drawn").GetProperty("capped").GetBoolean());
        Assert.Equal(graph.Edges.Count * 3, json.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public void Write_HostileText_EscapesEverythingThatCouldEndTheScriptElement()
    {
        var paper = Paper("arxiv:2401.00001", "</script><script>alert(1)</script> & co",
            "We propose <b>BoldNet</b>\u2028with a\u2029line & separator. BoldNet is fast.");
        var graph = Build(Extracted(paper, Entity(paper, EntityType.Method, "BoldNet", role: MentionRole.Proposed)));

        var bytes = Bytes(graph, GraphAnalysis.None);
        var text = Encoding.UTF8.GetString(bytes);
        var json = JsonDocument.Parse(bytes).RootElement;

        Assert.DoesNotContain(text, c => c is '<' or '>' or '&' or '\u2028' or '\u2029' or > '\u007f');
        Assert.Equal(paper.Title, json.GetProperty("nodes").GetProperty("label")[0].GetString());
        Assert.Equal(paper.Abstract, json.GetProperty("papers")[0].GetProperty("abstract").GetString());
    }

    [Fact]
    public void Write_MoreNodesThanTheCap_DrawsTheMostCentralAndOnlyTheirEdges()
    {
        var graph = Sample();
        var analysis = SampleAnalysis(graph);
        var expected = graph.Papers.Select(p => p.Id.Value).Concat(graph.Entities.Select(e => e.Id.Value))
            .OrderByDescending(id => analysis.Nodes.TryGetValue(id, out var m) ? m.PageRank : 0).ThenBy(id => id, StringComparer.Ordinal)
            .Take(4).ToHashSet();

        var json = Written(graph, analysis, new MapOptions { MaxNodes = 4 });

        var ids = Strings(json.GetProperty("nodes").GetProperty("id"));
        Assert.True(json.GetProperty("drawn").GetProperty("capped").GetBoolean());
        Assert.Equal(expected, ids.ToHashSet());
        var edges = json.GetProperty("edges").EnumerateArray().Select(e => e.GetInt32()).ToList();
        var kept = graph.Edges.Count(e => expected.Contains(e.Source) && expected.Contains(e.Target));
        Assert.Equal(kept * 3, edges.Count);
        Assert.All(edges.Where((_, i) => i % 3 != 2), node => Assert.InRange(node, 0, ids.Count - 1));
    }

    [Fact]
    public void Write_Capped_ResultNamesAnUndrawnEntityByName()
    {
        var graph = Sample();
        var analysis = SampleAnalysis(graph);

        var json = Written(graph, analysis, new MapOptions { MaxNodes = 4 });

        var ids = Strings(json.GetProperty("nodes").GetProperty("id"));
        foreach (var result in json.GetProperty("results").EnumerateArray())
        {
            var metric = result[1];
            if (metric.ValueKind == JsonValueKind.Number) Assert.StartsWith("metric:", ids[metric.GetInt32()]);
            else Assert.Contains(graph.Entities, e => e.Type == EntityType.Metric && e.Name == metric.GetString());
        }
        Assert.NotEmpty(json.GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void Write_Evidence_SentenceIsThePaperTextAndTheMarkIsTheMention()
    {
        var graph = Sample();

        var json = Written(graph, SampleAnalysis(graph));

        var ids = Strings(json.GetProperty("nodes").GetProperty("id"));
        var papers = json.GetProperty("papers");
        var checkedItems = 0;
        foreach (var entry in json.GetProperty("evidence").EnumerateArray())
        {
            var entity = graph.EntityById(ids[entry.GetProperty("node").GetInt32()]);
            foreach (var item in entry.GetProperty("items").EnumerateArray())
            {
                var paperId = ids[papers[item[0].GetInt32()].GetProperty("node").GetInt32()];
                var sentence = item[1].GetString()!;
                var paper = graph.Papers.Single(p => p.Id.Value == paperId);
                Assert.Contains(sentence, paper.Title + "\n" + paper.Abstract);
                var mention = sentence[item[2].GetInt32()..item[3].GetInt32()];
                Assert.Contains(mention, entity.Aliases.Select(a => a.Name).Append(entity.Name));
                checkedItems++;
            }
        }
        Assert.True(checkedItems > 5);
    }

    [Fact]
    public void Write_SameGraphTwice_SameBytes()
    {
        var graph = Sample();

        var first = Bytes(graph, SampleAnalysis(graph));
        var second = Bytes(Sample(), SampleAnalysis(Sample()));

        Assert.Equal(first, second);
    }
}
