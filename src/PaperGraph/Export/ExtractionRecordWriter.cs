using System.Text.Encodings.Web;
using System.Text.Json;
using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// Writes extraction records as JSON lines (docs/scaling.md, "Extraction records"): a header line, then
/// one paper per line. A record line is a superset of `papergraph extract`'s line (id, title, entities
/// with type/name/role/mentions, results with method/dataset/metric/value/delta/text), so the eval
/// scorer reads it too, plus what the graph needs to be rebuilt exactly: entity keys, aliases with
/// their merge reasons, mention types and origins, each result's quantity and evidence span, the
/// abstract, the paper's metadata and source, the content hash and the sequence number.
/// Text with an unpaired surrogate is written with U+FFFD in its place (one char for one, spans stay valid).
/// </summary>
public sealed class ExtractionRecordWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly Stream output;
    private readonly Utf8JsonWriter json;

    /// <summary>Starts a record file on <paramref name="output"/> with its header line.</summary>
    public ExtractionRecordWriter(Stream output, ExtractionRecordHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        this.output = output ?? throw new ArgumentNullException(nameof(output));
        json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("schema"u8, header.Schema);
        json.WriteString("extractor"u8, header.ExtractorVersion);
        if (header.Shard is null) json.WriteNull("shard"u8);
        else json.WriteString("shard"u8, header.Shard);
        json.WriteEndObject();
        EndLine();
    }

    public void Write(ExtractionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var extraction = record.Extraction;
        var paper = extraction.Paper;
        json.WriteStartObject();
        json.WriteString("id"u8, Utf16Text.Repair(paper.Id.Value));
        // Right after the id, so that readers can order and deduplicate records without parsing them whole.
        json.WriteNumber("seq"u8, record.Sequence);
        json.WriteString("title"u8, Utf16Text.Repair(paper.Title));
        json.WriteStartArray("entities"u8);
        foreach (var entity in extraction.Entities) WriteEntity(entity);
        json.WriteEndArray();
        json.WriteStartArray("results"u8);
        foreach (var result in extraction.Results) WriteResult(result);
        json.WriteEndArray();
        json.WriteString("content"u8, record.Content);
        json.WriteString("abstract"u8, Utf16Text.Repair(paper.Abstract));
        WritePaper(paper);
        json.WriteEndObject();
        EndLine();
    }

    public void Flush()
    {
        json.Flush();
        output.Flush();
    }

    public void Dispose() => json.Dispose();

    private void EndLine()
    {
        json.Flush();
        json.Reset();
        output.WriteByte((byte)'\n');
    }

    private void WritePaper(Paper paper)
    {
        json.WriteStartObject("paper"u8);
        json.WriteString("source"u8, Utf16Text.Repair(paper.Source.File));
        json.WriteNumber("line"u8, paper.Source.Line);
        if (paper.Year is { } year) json.WriteNumber("year"u8, year);
        else json.WriteNull("year"u8);
        Optional("date"u8, paper.Date);
        Optional("venue"u8, paper.Venue);
        Optional("url"u8, paper.Url);
        Strings("authors"u8, paper.Authors);
        Strings("categories"u8, paper.Categories);
        json.WriteEndObject();
    }

    private void WriteEntity(ExtractedEntity entity)
    {
        json.WriteStartObject();
        json.WriteString("type"u8, entity.Type.ToString());
        json.WriteString("name"u8, Utf16Text.Repair(entity.Name));
        json.WriteString("role"u8, entity.Role == MentionRole.Proposed ? "proposed" : "used");
        json.WriteStartArray("aliases"u8);
        foreach (var alias in entity.Aliases)
        {
            json.WriteStartObject();
            json.WriteString("text"u8, Utf16Text.Repair(alias.Name));
            json.WriteString("reason"u8, alias.Reason.ToString());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("mentions"u8);
        foreach (var mention in entity.Mentions)
        {
            json.WriteStartObject();
            json.WriteString("text"u8, Utf16Text.Repair(mention.Text));
            WriteSpan(mention.Span);
            json.WriteString("type"u8, mention.Type.ToString());
            json.WriteString("origin"u8, mention.Origin.ToString());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("key"u8, Utf16Text.Repair(entity.Key));
        json.WriteEndObject();
    }

    private void WriteResult(Result result)
    {
        var value = result.Value;
        json.WriteStartObject();
        Optional("method"u8, result.Method);
        Optional("dataset"u8, result.Dataset);
        json.WriteString("metric"u8, Utf16Text.Repair(result.Metric));
        json.WriteString("value"u8, Utf16Text.Repair(value.Text));
        json.WriteBoolean("delta"u8, value.IsDelta);
        json.WriteString("text"u8, Utf16Text.Repair(result.Text));
        Number("number"u8, value.Value);
        json.WriteString("unit"u8, GraphJsonNames.Unit(value.Unit));
        Number("pm"u8, value.PlusMinus);
        Number("from"u8, value.From);
        json.WriteStartObject("evidence"u8);
        WriteSpan(result.Evidence);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteSpan(TextSpan span)
    {
        json.WriteString("field"u8, GraphJsonNames.Field(span.Field));
        json.WriteNumber("start"u8, span.Start);
        json.WriteNumber("end"u8, span.End);
    }

    private void Optional(ReadOnlySpan<byte> name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, Utf16Text.Repair(value));
    }

    private void Strings(ReadOnlySpan<byte> name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(Utf16Text.Repair(value));
        json.WriteEndArray();
    }

    // Non-finite numbers have no JSON form; a quantity never holds one, but null keeps the line valid if it did.
    private void Number(ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
