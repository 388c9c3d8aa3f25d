using System.Text;
using System.Text.Json;
using PaperGraph.Ingest;

namespace PaperGraph.Export;

/// <summary>
/// Parses one record line of an extraction record file back into exactly what was written, checking
/// every field the graph needs (types, spans inside their text, enum names) so that a damaged record
/// fails here, with its file, line and field, instead of becoming a wrong graph. A forward-only reader
/// over the bytes: records are read by the million when a large build is updated or merged. Properties
/// may come in any order; unknown ones are skipped.
/// </summary>
internal static class ExtractionRecordParser
{
    public static ExtractionRecord Parse(byte[] line, string file, long lineNumber)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            var record = ReadRecord(ref reader);
            if (reader.Read()) throw new FormatException("text after the record");
            return record;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new ExtractionRecordException(file, lineNumber, "bad record: " + IssueText.OneLine(e.Message, 160));
        }
    }

    private static ExtractionRecord ReadRecord(ref Utf8JsonReader r)
    {
        Start(ref r, JsonTokenType.StartObject, "the record");
        string? id = null, title = null, text = null, content = null;
        long? sequence = null;
        List<RawEntity>? entities = null;
        List<RawResult>? results = null;
        Metadata? meta = null;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("id"u8)) id = String(ref r, "id");
            else if (r.ValueTextEquals("seq"u8)) sequence = Long(ref r, "seq");
            else if (r.ValueTextEquals("title"u8)) title = String(ref r, "title");
            else if (r.ValueTextEquals("abstract"u8)) text = String(ref r, "abstract");
            else if (r.ValueTextEquals("content"u8)) content = String(ref r, "content");
            else if (r.ValueTextEquals("entities"u8)) entities = Array(ref r, "entities", ReadEntity);
            else if (r.ValueTextEquals("results"u8)) results = Array(ref r, "results", ReadResult);
            else if (r.ValueTextEquals("paper"u8)) meta = ReadMetadata(ref r);
            else Skip(ref r);
        }
        if (text is null || content is null)
        {
            throw new FormatException("not a full extraction record (no \"abstract\" or \"content\"; `papergraph extract` without --records writes the scoring format, which cannot rebuild a graph)");
        }
        if (string.IsNullOrEmpty(id)) throw new FormatException(id is null ? "\"id\" is missing" : "\"id\" is empty");
        var m = meta ?? throw Missing("paper");
        var paper = new Paper(new PaperId(id), title ?? throw Missing("title"), text, new SourceLocation(m.Source, m.Line))
        {
            Year = m.Year,
            Date = m.Date,
            Venue = m.Venue,
            Url = m.Url,
            Authors = m.Authors,
            Categories = m.Categories,
        };
        var extracted = (entities ?? throw Missing("entities")).Select(e => e.ToEntity(paper)).ToArray();
        var found = (results ?? throw Missing("results")).Select(x => x.ToResult(paper)).ToArray();
        return new ExtractionRecord(new PaperExtraction(paper, extracted, found), content, sequence ?? throw Missing("seq"));
    }

    private static RawEntity ReadEntity(ref Utf8JsonReader r)
    {
        Start(ref r, JsonTokenType.StartObject, "an entity");
        EntityType? type = null;
        MentionRole? role = null;
        string? name = null, key = null;
        List<Alias>? aliases = null;
        List<RawMention>? mentions = null;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("type"u8)) type = Enum<EntityType>(ref r, "type");
            else if (r.ValueTextEquals("name"u8)) name = String(ref r, "name");
            else if (r.ValueTextEquals("key"u8)) key = String(ref r, "key");
            else if (r.ValueTextEquals("role"u8)) role = Role(ref r);
            else if (r.ValueTextEquals("aliases"u8)) aliases = Array(ref r, "aliases", ReadAlias);
            else if (r.ValueTextEquals("mentions"u8)) mentions = Array(ref r, "mentions", ReadMention);
            else Skip(ref r);
        }
        return new RawEntity(type ?? throw Missing("type"), name ?? throw Missing("name"), key ?? throw Missing("key"),
            role ?? throw Missing("role"), mentions ?? throw Missing("mentions"), aliases ?? throw Missing("aliases"));
    }

    private static Alias ReadAlias(ref Utf8JsonReader r)
    {
        Start(ref r, JsonTokenType.StartObject, "an alias");
        string? text = null;
        MergeReason? reason = null;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("text"u8)) text = String(ref r, "text");
            else if (r.ValueTextEquals("reason"u8)) reason = Enum<MergeReason>(ref r, "reason");
            else Skip(ref r);
        }
        return new Alias(text ?? throw Missing("text"), reason ?? throw Missing("reason"));
    }

    private static RawMention ReadMention(ref Utf8JsonReader r)
    {
        Start(ref r, JsonTokenType.StartObject, "a mention");
        string? text = null;
        EntityType? type = null;
        MentionOrigin? origin = null;
        var span = new RawSpan();
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("text"u8)) text = String(ref r, "text");
            else if (r.ValueTextEquals("type"u8)) type = Enum<EntityType>(ref r, "type");
            else if (r.ValueTextEquals("origin"u8)) origin = Enum<MentionOrigin>(ref r, "origin");
            else if (!span.TryRead(ref r)) Skip(ref r);
        }
        return new RawMention(type ?? throw Missing("type"), text ?? throw Missing("text"), span, origin ?? throw Missing("origin"));
    }

    private static RawResult ReadResult(ref Utf8JsonReader r)
    {
        Start(ref r, JsonTokenType.StartObject, "a result");
        string? metric = null, value = null, text = null, dataset = null, method = null, unit = null;
        double? number = null, plusMinus = null, from = null;
        bool? delta = null;
        RawSpan? evidence = null;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("metric"u8)) metric = String(ref r, "metric");
            else if (r.ValueTextEquals("value"u8)) value = String(ref r, "value");
            else if (r.ValueTextEquals("text"u8)) text = String(ref r, "text");
            else if (r.ValueTextEquals("dataset"u8)) dataset = NullableString(ref r, "dataset");
            else if (r.ValueTextEquals("method"u8)) method = NullableString(ref r, "method");
            else if (r.ValueTextEquals("unit"u8)) unit = String(ref r, "unit");
            else if (r.ValueTextEquals("number"u8)) number = NullableDouble(ref r, "number") ?? double.NaN;
            else if (r.ValueTextEquals("pm"u8)) plusMinus = NullableDouble(ref r, "pm");
            else if (r.ValueTextEquals("from"u8)) from = NullableDouble(ref r, "from");
            else if (r.ValueTextEquals("delta"u8)) delta = Bool(ref r, "delta");
            else if (r.ValueTextEquals("evidence"u8)) evidence = ReadSpan(ref r);
            else Skip(ref r);
        }
        if (!Graph.GraphJsonNames.TryParseUnit(unit ?? throw Missing("unit"), out var parsedUnit)) throw new FormatException($"unknown unit \"{unit}\"");
        var quantity = new Quantity(number ?? throw Missing("number"), parsedUnit, value ?? throw Missing("value"))
        {
            PlusMinus = plusMinus,
            IsDelta = delta ?? throw Missing("delta"),
            From = from,
        };
        return new RawResult(metric ?? throw Missing("metric"), quantity, dataset, method, evidence ?? throw Missing("evidence"), text ?? throw Missing("text"));
    }

    private static RawSpan ReadSpan(ref Utf8JsonReader r)
    {
        Start(ref r, JsonTokenType.StartObject, "a span");
        var span = new RawSpan();
        while (NextProperty(ref r))
        {
            if (!span.TryRead(ref r)) Skip(ref r);
        }
        return span;
    }

    private static Metadata ReadMetadata(ref Utf8JsonReader r)
    {
        Start(ref r, JsonTokenType.StartObject, "\"paper\"");
        var meta = new Metadata();
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("source"u8)) meta.Source = String(ref r, "source");
            else if (r.ValueTextEquals("line"u8)) meta.Line = Long(ref r, "line");
            else if (r.ValueTextEquals("year"u8)) meta.Year = NullableInt(ref r, "year");
            else if (r.ValueTextEquals("date"u8)) meta.Date = NullableString(ref r, "date");
            else if (r.ValueTextEquals("venue"u8)) meta.Venue = NullableString(ref r, "venue");
            else if (r.ValueTextEquals("url"u8)) meta.Url = NullableString(ref r, "url");
            else if (r.ValueTextEquals("authors"u8)) meta.Authors = Array(ref r, "authors", (ref Utf8JsonReader x) => String(ref x, "an author"));
            else if (r.ValueTextEquals("categories"u8)) meta.Categories = Array(ref r, "categories", (ref Utf8JsonReader x) => String(ref x, "a category"));
            else Skip(ref r);
        }
        return meta;
    }

    private delegate T ItemReader<T>(ref Utf8JsonReader reader);

    private static List<T> Array<T>(ref Utf8JsonReader r, string name, ItemReader<T> read)
    {
        Next(ref r);
        if (r.TokenType != JsonTokenType.StartArray) throw new FormatException($"\"{name}\" is not an array");
        var items = new List<T>();
        while (true)
        {
            Next(ref r);
            if (r.TokenType == JsonTokenType.EndArray) return items;
            items.Add(read(ref r));
        }
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader r)
    {
        Next(ref r);
        return r.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Checks that the reader is at (or, from before the record or a property name, moves to) the start of a value.</summary>
    private static void Start(ref Utf8JsonReader r, JsonTokenType expected, string what)
    {
        if (r.TokenType is JsonTokenType.None or JsonTokenType.PropertyName) Next(ref r);
        if (r.TokenType != expected) throw new FormatException($"{what} is not a JSON {(expected == JsonTokenType.StartObject ? "object" : "array")}");
    }

    private static void Next(ref Utf8JsonReader r)
    {
        if (!r.Read()) throw new FormatException("the line ends inside the record");
    }

    private static void Skip(ref Utf8JsonReader r)
    {
        Next(ref r);
        r.Skip();
    }

    private static string String(ref Utf8JsonReader r, string name)
    {
        Next(ref r);
        return r.TokenType == JsonTokenType.String ? r.GetString()! : throw new FormatException($"\"{name}\" is not a string");
    }

    private static string? NullableString(ref Utf8JsonReader r, string name)
    {
        Next(ref r);
        return r.TokenType switch
        {
            JsonTokenType.String => r.GetString(),
            JsonTokenType.Null => null,
            _ => throw new FormatException($"\"{name}\" is not a string"),
        };
    }

    private static long Long(ref Utf8JsonReader r, string name)
    {
        Next(ref r);
        return r.TokenType == JsonTokenType.Number && r.TryGetInt64(out var value) ? value : throw new FormatException($"\"{name}\" is not an integer");
    }

    private static int? NullableInt(ref Utf8JsonReader r, string name)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.Null) return null;
        return r.TokenType == JsonTokenType.Number && r.TryGetInt32(out var value) ? value : throw new FormatException($"\"{name}\" is not an integer");
    }

    private static double? NullableDouble(ref Utf8JsonReader r, string name)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.Null) return null;
        return r.TokenType == JsonTokenType.Number && r.TryGetDouble(out var value) ? value : throw new FormatException($"\"{name}\" is not a number");
    }

    private static bool Bool(ref Utf8JsonReader r, string name)
    {
        Next(ref r);
        return r.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw new FormatException($"\"{name}\" is not true or false"),
        };
    }

    private static MentionRole Role(ref Utf8JsonReader r)
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.String && r.ValueTextEquals("proposed"u8)) return MentionRole.Proposed;
        if (r.TokenType == JsonTokenType.String && r.ValueTextEquals("used"u8)) return MentionRole.Used;
        throw new FormatException($"unknown role {Quoted(ref r)}");
    }

    private static T Enum<T>(ref Utf8JsonReader r, string name) where T : struct, Enum
    {
        Next(ref r);
        if (r.TokenType == JsonTokenType.String)
        {
            foreach (var (utf8, value) in EnumNames<T>.All)
            {
                if (r.ValueTextEquals(utf8)) return value;
            }
        }
        throw new FormatException($"\"{name}\" has unknown value {Quoted(ref r)}");
    }

    private static string Quoted(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.String ? $"\"{r.GetString()}\"" : r.TokenType.ToString();

    private static FormatException Missing(string name) => new($"\"{name}\" is missing");

    /// <summary>The UTF-8 names of an enum's values, as the writer spells them (their C# names).</summary>
    private static class EnumNames<T> where T : struct, Enum
    {
        public static readonly (byte[] Utf8, T Value)[] All = [.. System.Enum.GetValues<T>().Select(v => (Encoding.UTF8.GetBytes(v.ToString()), v))];
    }

    private sealed class Metadata
    {
        public string Source { get; set; } = "";
        public long Line { get; set; }
        public int? Year { get; set; }
        public string? Date { get; set; }
        public string? Venue { get; set; }
        public string? Url { get; set; }
        public IReadOnlyList<string> Authors { get; set; } = [];
        public IReadOnlyList<string> Categories { get; set; } = [];
    }

    /// <summary>A span as read, checked against its paper's text once the whole record (and so the text) is known.</summary>
    private sealed class RawSpan
    {
        private string? field;
        private int? start, end;

        public bool TryRead(ref Utf8JsonReader r)
        {
            if (r.ValueTextEquals("field"u8)) field = String(ref r, "field");
            else if (r.ValueTextEquals("start"u8)) start = NullableInt(ref r, "start") ?? throw new FormatException("\"start\" is not an integer");
            else if (r.ValueTextEquals("end"u8)) end = NullableInt(ref r, "end") ?? throw new FormatException("\"end\" is not an integer");
            else return false;
            return true;
        }

        public TextSpan In(Paper paper)
        {
            if (!Graph.GraphJsonNames.TryParseField(field ?? throw Missing("field"), out var parsed)) throw new FormatException($"unknown field \"{field}\"");
            var (s, e) = (start ?? throw Missing("start"), end ?? throw Missing("end"));
            var length = paper.Text(parsed).Length;
            if (s < 0 || e < s || e > length) throw new FormatException($"span {field}[{s}..{e}) is outside the {length}-character {field}");
            return new TextSpan(parsed, s, e);
        }
    }

    private sealed record RawMention(EntityType Type, string Text, RawSpan Span, MentionOrigin Origin);

    private sealed record RawEntity(EntityType Type, string Name, string Key, MentionRole Role, List<RawMention> Mentions, List<Alias> Aliases)
    {
        public ExtractedEntity ToEntity(Paper paper) =>
            new(Type, Name, Key, Role, [.. Mentions.Select(m => new Mention(m.Type, m.Text, m.Span.In(paper), m.Origin))], [.. Aliases]);
    }

    private sealed record RawResult(string Metric, Quantity Value, string? Dataset, string? Method, RawSpan Evidence, string Text)
    {
        public Result ToResult(Paper paper) => new(Metric, Value, Dataset, Method, Evidence.In(paper), Text);
    }
}
