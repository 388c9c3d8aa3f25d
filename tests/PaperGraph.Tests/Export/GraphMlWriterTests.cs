using System.Xml.Linq;
using PaperGraph.Export;
using PaperGraph.Graph;
using static PaperGraph.Tests.Graph.GraphFixtures;

namespace PaperGraph.Tests.Export;

public sealed class GraphMlWriterTests
{
    private static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";

    private static XDocument Written(KnowledgeGraph graph, GraphAnalysis analysis)
    {
        using var stream = new MemoryStream();
        GraphMlWriter.Write(graph, analysis, stream);
        stream.Position = 0;
        return XDocument.Load(stream);
    }

    [Fact]
    public void Write_Graph_DeclaresEveryKeyWithNameAndType()
    {
        var graph = Sample();
        var xml = Written(graph, SampleAnalysis(graph));

        var keys = xml.Root!.Elements(Ns + "key").ToDictionary(k => (string)k.Attribute("id")!);
        foreach (var (node, name, type) in new[]
        {
            ("node", "label", "string"), ("node", "type", "string"), ("node", "name", "string"), ("node", "aliases", "string"),
            ("node", "paperCount", "int"), ("node", "pagerank", "double"), ("node", "betweenness", "double"), ("node", "degree", "double"),
            ("node", "closeness", "double"), ("node", "community", "int"), ("edge", "type", "string"), ("edge", "weight", "double"),
        })
        {
            Assert.Contains(keys.Values, k => (string?)k.Attribute("for") == node && (string?)k.Attribute("attr.name") == name && (string?)k.Attribute("attr.type") == type);
        }
        var used = xml.Descendants(Ns + "data").Select(d => (string)d.Attribute("key")!).Distinct();
        Assert.All(used, key => Assert.True(keys.ContainsKey(key), $"data key {key} is not declared"));
    }

    [Fact]
    public void Write_Graph_HasEveryNodeAndDirectedEdge()
    {
        var graph = Sample();
        var xml = Written(graph, SampleAnalysis(graph));

        var g = xml.Root!.Element(Ns + "graph")!;
        Assert.Equal("directed", (string?)g.Attribute("edgedefault"));
        var nodeIds = g.Elements(Ns + "node").Select(n => (string)n.Attribute("id")!).ToList();
        Assert.Equal(graph.Papers.Select(p => p.Id.Value).Concat(graph.Entities.Select(e => e.Id.Value)), nodeIds);
        var edges = g.Elements(Ns + "edge").ToList();
        Assert.Equal(graph.Edges.Count, edges.Count);
        Assert.All(edges, e =>
        {
            Assert.Contains((string)e.Attribute("source")!, nodeIds);
            Assert.Contains((string)e.Attribute("target")!, nodeIds);
        });
        var weights = edges.Select(e => double.Parse(Data(e, "e_weight")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(graph.Edges.Select(e => (double)e.Weight), weights);
    }

    [Fact]
    public void Write_HostileNames_ComeBackAsPlainText()
    {
        var graph = Sample();
        var xml = Written(graph, GraphAnalysis.None);

        var labels = xml.Descendants(Ns + "node").Select(n => Data(n, "v_label")).ToList();
        Assert.Contains("'); MATCH (n) DETACH DELETE n //", labels);
        Assert.Contains("A `hostile' name <script>alert(1)</script>", labels);
        Assert.Contains("FooNet: \"fast\", simple detection", labels);
        Assert.Empty(xml.Descendants("script"));
    }

    [Fact]
    public void Write_ControlCharactersAndLoneSurrogates_AreReplacedSoTheFileStaysWellFormed()
    {
        var paper = Paper("p:1", "Title with \u0001 and \uD800 inside", "We use ResNet.");
        var graph = Build(Extracted(paper, Entity(paper, EntityType.Method, "ResNet")));

        var xml = Written(graph, GraphAnalysis.None);

        Assert.Equal("Title with \uFFFD and \uFFFD inside", Data(xml.Descendants(Ns + "node").First(), "v_label"));
    }

    [Fact]
    public void Write_Analysis_AddsMetricsToTheNodesThatHaveThem()
    {
        var graph = Sample();
        var analysis = SampleAnalysis(graph);
        var xml = Written(graph, analysis);

        foreach (var node in xml.Descendants(Ns + "node"))
        {
            var id = (string)node.Attribute("id")!;
            if (analysis.Nodes.TryGetValue(id, out var metrics))
            {
                Assert.Equal(metrics.Community.ToString(System.Globalization.CultureInfo.InvariantCulture), Data(node, "v_community"));
                Assert.Equal(metrics.PageRank, double.Parse(Data(node, "v_pagerank")!, System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                Assert.Null(Data(node, "v_pagerank"));
            }
        }
    }

    private static string? Data(XElement element, string key) =>
        element.Elements(Ns + "data").SingleOrDefault(d => (string?)d.Attribute("key") == key)?.Value;
}
