using System.Text.Encodings.Web;
using System.Text.Json;
using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// Writes communities.json: the overall modularity and every community of the hierarchy with its
/// level, parent, label, size, top members and modularity, ordered by level then id.
/// </summary>
internal sealed class CommunitiesJsonWriter : IGraphWriter
{
    public const string FileName = "communities.json";
    public const string Schema = "papergraph/communities@1";

    public void Write(KnowledgeGraph graph, GraphAnalysis analysis, OutputFolder folder) =>
        folder.Write(FileName, stream => Write(analysis, stream));

    internal static void Write(GraphAnalysis analysis, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        Number(w, "modularity", analysis.Modularity);
        w.WriteNumber("count", analysis.Communities.Count);
        w.WriteStartArray("communities");
        foreach (var c in analysis.Communities.OrderBy(c => c.Level).ThenBy(c => c.Id))
        {
            w.WriteStartObject();
            w.WriteNumber("id", c.Id);
            w.WriteNumber("level", c.Level);
            if (c.Parent is { } parent) w.WriteNumber("parent", parent);
            else w.WriteNull("parent");
            w.WriteString("label", Utf16Text.Repair(c.Label));
            w.WriteNumber("size", c.Size);
            w.WriteStartArray("topMembers");
            foreach (var member in c.TopMembers) w.WriteStringValue(Utf16Text.Repair(member));
            w.WriteEndArray();
            Number(w, "modularity", c.Modularity);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(name, value);
        else w.WriteNull(name);
    }
}
