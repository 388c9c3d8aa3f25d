using System.Text.Encodings.Web;
using System.Text.Json;

namespace PaperGraph.Export;

/// <summary>
/// Writes extractions as JSON Lines, one paper per line:
/// <c>{"id","title","entities":[{"type","name","role","aliases":[...],"mentions":[{"text","field","start","end"}]}],
/// "results":[{"method","dataset","metric","value","delta","text"}]}</c>. Types are written as
/// <see cref="EntityType"/> names, roles as "proposed"/"used", fields as "title"/"abstract", values as
/// written in the paper ("59.5%", "8.81pm0.10", "3x"). Any text is escaped correctly; a lone surrogate
/// (possible in decoded JSON input) is written as U+FFFD.
/// </summary>
public sealed class ExtractionJsonLinesWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = true,
    };

    private readonly Stream output;
    private readonly Utf8JsonWriter json;

    public ExtractionJsonLinesWriter(Stream output)
    {
        this.output = output ?? throw new ArgumentNullException(nameof(output));
        json = new Utf8JsonWriter(output, Options);
    }

    /// <summary>Writes every extraction to <paramref name="output"/>, then flushes.</summary>
    public static void WriteAll(Stream output, IEnumerable<PaperExtraction> extractions)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        using var writer = new ExtractionJsonLinesWriter(output);
        foreach (var extraction in extractions) writer.Write(extraction);
        writer.Flush();
    }

    public void Write(PaperExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var paper = extraction.Paper;
        json.WriteStartObject();
        json.WriteString("id", paper.Id.Value);
        json.WriteString("title", Clean(paper.Title));
        json.WriteStartArray("entities");
        foreach (var entity in extraction.Entities) WriteEntity(entity);
        json.WriteEndArray();
        json.WriteStartArray("results");
        foreach (var result in extraction.Results) WriteResult(result);
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        json.Reset();
        output.WriteByte((byte)'\n');
    }

    public void Flush()
    {
        json.Flush();
        output.Flush();
    }

    public void Dispose() => json.Dispose();

    private void WriteEntity(ExtractedEntity entity)
    {
        json.WriteStartObject();
        json.WriteString("type", TypeName(entity.Type));
        json.WriteString("name", Clean(entity.Name));
        json.WriteString("role", entity.Role == MentionRole.Proposed ? "proposed" : "used");
        json.WriteStartArray("aliases");
        foreach (var alias in entity.Aliases) json.WriteStringValue(Clean(alias.Name));
        json.WriteEndArray();
        json.WriteStartArray("mentions");
        foreach (var mention in entity.Mentions)
        {
            json.WriteStartObject();
            json.WriteString("text", Clean(mention.Text));
            json.WriteString("field", mention.Span.Field == TextField.Title ? "title" : "abstract");
            json.WriteNumber("start", mention.Span.Start);
            json.WriteNumber("end", mention.Span.End);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteResult(Result result)
    {
        json.WriteStartObject();
        WriteOptional("method", result.Method);
        WriteOptional("dataset", result.Dataset);
        json.WriteString("metric", Clean(result.Metric));
        json.WriteString("value", Clean(result.Value.Text));
        json.WriteBoolean("delta", result.Value.IsDelta);
        json.WriteString("text", Clean(result.Text));
        json.WriteEndObject();
    }

    private void WriteOptional(string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, Clean(value));
    }

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Method => "Method",
        EntityType.Dataset => "Dataset",
        EntityType.Benchmark => "Benchmark",
        EntityType.Metric => "Metric",
        _ => "Task",
    };

    // Utf8JsonWriter rejects invalid UTF-16; replace lone surrogates rather than fail the whole line.
    private static string Clean(string text)
    {
        var bad = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            bad = i;
            break;
        }
        if (bad < 0) return text;
        var chars = text.ToCharArray();
        for (var i = bad; i < chars.Length; i++)
        {
            if (!char.IsSurrogate(chars[i])) continue;
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            chars[i] = '\uFFFD';
        }
        return new string(chars);
    }
}
