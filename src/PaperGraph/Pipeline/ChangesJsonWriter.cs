using System.Text.Encodings.Web;
using System.Text.Json;
using PaperGraph.Graph;

namespace PaperGraph.Pipeline;

/// <summary>
/// Writes changes.json (schema in docs/scaling.md, "What changed: changes.json"): the build ids it goes
/// from and to, whether a full load is needed, and the ids of what was added, changed and removed.
/// </summary>
internal static class ChangesJsonWriter
{
    public const string FileName = "changes.json";
    public const string Schema = "papergraph/changes@1";

    public static void Write(ChangeSet changes, string path) => AtomicFile.Write(path, stream =>
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("from", changes.From);
        w.WriteString("to", changes.To);
        w.WriteBoolean("full", changes.Full);
        w.WriteString("fullReason", changes.FullReason);
        w.WriteString("analytics", "all");
        w.WriteStartObject("nodes");
        Strings(w, "added", changes.NodesAdded);
        Strings(w, "changed", changes.NodesChanged);
        Strings(w, "removed", changes.NodesRemoved);
        w.WriteEndObject();
        w.WriteStartObject("relationships");
        Relationships(w, "added", changes.RelationshipsAdded);
        Relationships(w, "changed", changes.RelationshipsChanged);
        Relationships(w, "removed", changes.RelationshipsRemoved);
        w.WriteEndObject();
        w.WriteStartObject("communities");
        Numbers(w, "added", changes.CommunitiesAdded);
        Numbers(w, "changed", changes.CommunitiesChanged);
        Numbers(w, "removed", changes.CommunitiesRemoved);
        w.WriteEndObject();
        Strings(w, "membership", changes.MembershipChanged);
        w.WriteEndObject();
    });

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(Utf16Text.Repair(value));
        w.WriteEndArray();
    }

    private static void Numbers(Utf8JsonWriter w, string name, IReadOnlyList<int> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteNumberValue(value);
        w.WriteEndArray();
    }

    private static void Relationships(Utf8JsonWriter w, string name, IReadOnlyList<ChangedRelationship> values)
    {
        w.WriteStartArray(name);
        foreach (var r in values)
        {
            w.WriteStartObject();
            w.WriteString("source", Utf16Text.Repair(r.Source));
            w.WriteString("type", r.Kind.RelationshipType());
            w.WriteString("target", Utf16Text.Repair(r.Target));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
