using System.Globalization;
using System.Xml;
using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// Writes graph.graphml, a directed GraphML graph that Gephi and Cytoscape open as is: every
/// attribute is declared as a key with attr.name and attr.type, "label" and "weight" are the names
/// both tools pick up, and all text goes through XmlWriter, so names can hold any character.
/// </summary>
internal sealed class GraphMlWriter : IGraphWriter
{
    public const string FileName = "graph.graphml";

    private const string GraphMlNamespace = "http://graphml.graphdrawing.org/xmlns";
    private const string SchemaInstanceNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Declared keys: (id, for, attr.name, attr.type).</summary>
    internal static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("v_label", "node", "label", "string"),
        ("v_type", "node", "type", "string"),
        ("v_name", "node", "name", "string"),
        ("v_aliases", "node", "aliases", "string"),
        ("v_paperCount", "node", "paperCount", "int"),
        ("v_mentionCount", "node", "mentionCount", "int"),
        ("v_year", "node", "year", "int"),
        ("v_venue", "node", "venue", "string"),
        ("v_url", "node", "url", "string"),
        ("v_pagerank", "node", "pagerank", "double"),
        ("v_betweenness", "node", "betweenness", "double"),
        ("v_degree", "node", "degree", "double"),
        ("v_closeness", "node", "closeness", "double"),
        ("v_community", "node", "community", "int"),
        ("v_communityPath", "node", "communityPath", "string"),
        ("e_type", "edge", "type", "string"),
        ("e_label", "edge", "label", "string"),
        ("e_weight", "edge", "weight", "double"),
    ];

    public void Write(KnowledgeGraph graph, GraphAnalysis analysis, OutputFolder folder) =>
        folder.Write(FileName, stream => Write(graph, analysis, stream));

    internal static void Write(KnowledgeGraph graph, GraphAnalysis analysis, Stream stream)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = OutputFolder.Utf8,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
        };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", GraphMlNamespace);
        xml.WriteAttributeString("xmlns", "xsi", null, SchemaInstanceNamespace);
        xml.WriteAttributeString("xsi", "schemaLocation", SchemaInstanceNamespace,
            GraphMlNamespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        foreach (var (id, target, name, type) in Keys)
        {
            xml.WriteStartElement("key", GraphMlNamespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", target);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", GraphMlNamespace);
        xml.WriteAttributeString("id", "papergraph");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var paper in graph.Papers)
        {
            StartNode(xml, paper.Id.Value, paper.Title, "Paper");
            if (paper.Year is { } year) Data(xml, "v_year", year.ToString(CultureInfo.InvariantCulture));
            if (paper.Venue is { } venue) Data(xml, "v_venue", venue);
            if (paper.Url is { } url) Data(xml, "v_url", url);
            Metrics(xml, analysis.Nodes.GetValueOrDefault(paper.Id.Value));
            xml.WriteEndElement();
        }
        foreach (var entity in graph.Entities)
        {
            StartNode(xml, entity.Id.Value, entity.Name, entity.Type.ToString());
            if (entity.Aliases.Count > 0) Data(xml, "v_aliases", string.Join("; ", entity.Aliases.Select(a => a.Name)));
            Data(xml, "v_paperCount", entity.PaperCount.ToString(CultureInfo.InvariantCulture));
            Data(xml, "v_mentionCount", entity.MentionCount.ToString(CultureInfo.InvariantCulture));
            Metrics(xml, analysis.Nodes.GetValueOrDefault(entity.Id.Value));
            xml.WriteEndElement();
        }
        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            xml.WriteStartElement("edge", GraphMlNamespace);
            xml.WriteAttributeString("id", "e" + i.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", XmlText.Clean(edge.Source));
            xml.WriteAttributeString("target", XmlText.Clean(edge.Target));
            Data(xml, "e_type", edge.Kind.RelationshipType());
            Data(xml, "e_label", edge.Kind.RelationshipType());
            Data(xml, "e_weight", edge.Weight.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void StartNode(XmlWriter xml, string id, string name, string type)
    {
        xml.WriteStartElement("node", GraphMlNamespace);
        xml.WriteAttributeString("id", XmlText.Clean(id));
        Data(xml, "v_label", name);
        Data(xml, "v_type", type);
        Data(xml, "v_name", name);
    }

    private static void Metrics(XmlWriter xml, NodeMetrics? metrics)
    {
        if (metrics is null) return;
        Number(xml, "v_pagerank", metrics.PageRank);
        Number(xml, "v_betweenness", metrics.Betweenness);
        Number(xml, "v_degree", metrics.Degree);
        Number(xml, "v_closeness", metrics.Closeness);
        Data(xml, "v_community", metrics.Community.ToString(CultureInfo.InvariantCulture));
        Data(xml, "v_communityPath", string.Join("/", metrics.CommunityPath.Select(c => c.ToString(CultureInfo.InvariantCulture))));
    }

    private static void Number(XmlWriter xml, string key, double value)
    {
        if (double.IsFinite(value)) Data(xml, key, value.ToString("R", CultureInfo.InvariantCulture));
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", GraphMlNamespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlText.Clean(value));
        xml.WriteEndElement();
    }
}
