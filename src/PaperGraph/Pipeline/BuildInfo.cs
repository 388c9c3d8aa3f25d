using System.Text.Json;
using PaperGraph.Graph;

namespace PaperGraph.Pipeline;

/// <summary>
/// What built an output folder (cache/build.json): its build id, the extractor, every input it was built
/// from (in order, accumulated over updates) and the community settings, which an update keeps so that
/// it equals a full rebuild of the same inputs.
/// </summary>
internal sealed record BuildInfo(string BuildId, string ExtractorVersion, IReadOnlyList<string> Inputs, double Resolution, long Seed, int Papers)
{
    public const string Schema = "papergraph/build@1";

    public void Write(string path) => AtomicFile.Write(path, stream =>
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("build", BuildId);
        w.WriteString("extractor", ExtractorVersion);
        w.WriteNumber("papers", Papers);
        w.WriteNumber("resolution", Resolution);
        w.WriteNumber("seed", Seed);
        w.WriteStartArray("inputs");
        foreach (var input in Inputs) w.WriteStringValue(Utf16Text.Repair(input));
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>The record of a folder's last build, or null when there is none or it cannot be read.</summary>
    public static BuildInfo? Read(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            if (root.GetProperty("schema").GetString() != Schema) return null;
            return new BuildInfo(
                root.GetProperty("build").GetString() ?? "",
                root.GetProperty("extractor").GetString() ?? "",
                [.. root.GetProperty("inputs").EnumerateArray().Select(i => i.GetString() ?? "")],
                root.GetProperty("resolution").GetDouble(),
                root.GetProperty("seed").GetInt64(),
                root.GetProperty("papers").GetInt32());
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or IOException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The command that rebuilds the folder from scratch, for messages about a damaged cache.</summary>
    public static string RebuildHint(BuildInfo? info, string folder)
    {
        var inputs = info is { Inputs.Count: > 0 } ? string.Join(' ', info.Inputs.Select(Quote)) : "INPUTS";
        return $"papergraph build {inputs} --out {Quote(folder)}";
    }

    private static string Quote(string text) => text.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"') ? "'" + text.Replace("'", "'\\''") + "'" : text;
}
