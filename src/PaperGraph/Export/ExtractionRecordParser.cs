using System.Text.Json;
using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Export;

/// <summary>
/// Parses one record line of an extraction record file back into exactly what was written, checking
/// every field the graph needs (types, spans inside their text, enum names) so that a damaged record
/// fails here, with its file, line and field, instead of becoming a wrong graph.
/// </summary>
internal static class ExtractionRecordParser
{
    public static ExtractionRecord Parse(byte[] line, string file, long lineNumber)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new FormatException("the line is not a JSON object");
            if (!root.TryGetProperty("abstract"u8, out _) || !root.TryGetProperty("content"u8, out _))
            {
                throw new FormatException("not a full extraction record (no \"abstract\" or \"content\"; `papergraph extract` without --records writes the scoring format, which cannot rebuild a graph)");
            }
            var paper = ReadPaper(root);
            var entities = Array(root, "entities", e => ReadEntity(e, paper));
            var results = Array(root, "results", r => ReadResult(r, paper));
            var content = Text(root, "content");
            var sequence = Long(root, "seq");
            return new ExtractionRecord(new PaperExtraction(paper, entities, results), content, sequence);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new ExtractionRecordException(file, lineNumber, "bad record: " + IssueText.OneLine(e.Message, 160));
        }
    }

    private static Paper ReadPaper(JsonElement root)
    {
        var meta = Get(root, "paper");
        var id = Text(root, "id");
        if (id.Length == 0) throw new FormatException("\"id\" is empty");
        return new Paper(new PaperId(id), Text(root, "title"), Text(root, "abstract"),
            new SourceLocation(Text(meta, "source"), Long(meta, "line")))
        {
            Year = meta.TryGetProperty("year"u8, out var year) && year.ValueKind == JsonValueKind.Number ? year.GetInt32() : null,
            Date = OptionalText(meta, "date"),
            Venue = OptionalText(meta, "venue"),
            Url = OptionalText(meta, "url"),
            Authors = Array(meta, "authors", a => a.GetString() ?? throw new FormatException("an author is not a string")),
            Categories = Array(meta, "categories", c => c.GetString() ?? throw new FormatException("a category is not a string")),
        };
    }

    private static ExtractedEntity ReadEntity(JsonElement e, Paper paper)
    {
        var type = Enum<EntityType>(e, "type");
        var role = Text(e, "role") switch
        {
            "proposed" => MentionRole.Proposed,
            "used" => MentionRole.Used,
            var other => throw new FormatException($"unknown role \"{other}\""),
        };
        var aliases = Array(e, "aliases", a => new Alias(Text(a, "text"), Enum<MergeReason>(a, "reason")));
        var mentions = Array(e, "mentions", m =>
            new Mention(Enum<EntityType>(m, "type"), Text(m, "text"), Span(m, paper), Enum<MentionOrigin>(m, "origin")));
        return new ExtractedEntity(type, Text(e, "name"), Text(e, "key"), role, mentions, aliases);
    }

    private static Result ReadResult(JsonElement r, Paper paper)
    {
        var unitText = Text(r, "unit");
        if (!GraphJsonNames.TryParseUnit(unitText, out var unit)) throw new FormatException($"unknown unit \"{unitText}\"");
        var number = Get(r, "number");
        var quantity = new Quantity(number.ValueKind == JsonValueKind.Null ? double.NaN : number.GetDouble(), unit, Text(r, "value"))
        {
            PlusMinus = OptionalNumber(r, "pm"),
            IsDelta = Get(r, "delta").ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => throw new FormatException("\"delta\" is not true or false") },
            From = OptionalNumber(r, "from"),
        };
        return new Result(Text(r, "metric"), quantity, OptionalText(r, "dataset"), OptionalText(r, "method"),
            Span(Get(r, "evidence"), paper), Text(r, "text"));
    }

    /// <summary>A span must lie inside its field: the graph reads evidence text through it.</summary>
    private static TextSpan Span(JsonElement e, Paper paper)
    {
        var fieldText = Text(e, "field");
        if (!GraphJsonNames.TryParseField(fieldText, out var field)) throw new FormatException($"unknown field \"{fieldText}\"");
        var start = Int(e, "start");
        var end = Int(e, "end");
        if (start < 0 || end < start || end > paper.Text(field).Length)
        {
            throw new FormatException($"span {fieldText}[{start}..{end}) is outside the {paper.Text(field).Length}-character {fieldText}");
        }
        return new TextSpan(field, start, end);
    }

    private static T[] Array<T>(JsonElement parent, string name, Func<JsonElement, T> read)
    {
        var array = Get(parent, name);
        if (array.ValueKind != JsonValueKind.Array) throw new FormatException($"\"{name}\" is not an array");
        var items = new T[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray()) items[i++] = read(item);
        return items;
    }

    private static string Text(JsonElement parent, string name) =>
        Get(parent, name).GetString() ?? throw new FormatException($"\"{name}\" is null");

    private static JsonElement Get(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value)
            ? value
            : throw new FormatException($"\"{name}\" is missing");

    private static long Long(JsonElement parent, string name) =>
        Get(parent, name) is { ValueKind: JsonValueKind.Number } n && n.TryGetInt64(out var value)
            ? value
            : throw new FormatException($"\"{name}\" is not an integer");

    private static int Int(JsonElement parent, string name) =>
        Get(parent, name) is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var value)
            ? value
            : throw new FormatException($"\"{name}\" is not an integer");

    private static string? OptionalText(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

    private static double? OptionalNumber(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetDouble() : null;

    private static T Enum<T>(JsonElement parent, string name) where T : struct, Enum
    {
        var text = Text(parent, name);
        if (System.Enum.TryParse<T>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value)) return value;
        throw new FormatException($"\"{name}\" has unknown value \"{text}\"");
    }
}
