using System.Text;
using System.Text.Json;

namespace PaperGraph.Graph;

internal sealed partial class GraphJsonParser
{
    private PaperNode ReadPaper(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string? id = null, title = null, summary = null, date = null, venue = null, url = null;
        int? year = null;
        IReadOnlyList<string> authors = [];
        NodeMetrics? nodeMetrics = null;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("id"u8)) id = Interned(ref r);
            else if (r.ValueTextEquals("title"u8)) title = Text(ref r);
            else if (r.ValueTextEquals("abstract"u8)) summary = citations is null ? Text(ref r) : SkippedText(ref r);
            else if (r.ValueTextEquals("year"u8)) year = NullableInt(ref r);
            else if (r.ValueTextEquals("date"u8)) date = Interned(ref r);
            else if (r.ValueTextEquals("venue"u8)) venue = Interned(ref r);
            else if (r.ValueTextEquals("url"u8)) url = Text(ref r);
            else if (r.ValueTextEquals("authors"u8)) authors = InternedArray(ref r);
            else if (r.ValueTextEquals("metrics"u8)) nodeMetrics = ReadMetrics(ref r);
            else r.Skip();
        }
        var paperId = new PaperId(Required(id, "id"));
        if (nodeMetrics is not null) metrics[paperId.Value] = nodeMetrics;
        return new PaperNode(paperId, Required(title, "title"), Required(summary, "abstract"))
        {
            Year = year,
            Date = date,
            Venue = venue,
            Url = url,
            Authors = authors,
        };
    }

    private EntityNode ReadEntity(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string? id = null, name = null, type = null;
        var aliases = new List<Alias>();
        int paperCount = 0, mentionCount = 0;
        IReadOnlyList<string> proposedBy = [];
        IReadOnlyList<Evidence> evidence = [];
        NodeMetrics? nodeMetrics = null;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("id"u8)) id = Interned(ref r);
            else if (r.ValueTextEquals("type"u8)) type = Interned(ref r);
            else if (r.ValueTextEquals("name"u8)) name = Interned(ref r);
            else if (r.ValueTextEquals("aliases"u8)) ReadAliases(ref r, aliases);
            else if (r.ValueTextEquals("paperCount"u8)) paperCount = Int(ref r);
            else if (r.ValueTextEquals("mentionCount"u8)) mentionCount = Int(ref r);
            else if (r.ValueTextEquals("proposedBy"u8)) proposedBy = InternedArray(ref r);
            else if (r.ValueTextEquals("evidence"u8)) evidence = ReadEvidenceList(ref r);
            else if (r.ValueTextEquals("metrics"u8)) nodeMetrics = ReadMetrics(ref r);
            else r.Skip();
        }
        if (!GraphJsonNames.TryParseType(type, out var entityType)) throw new JsonException($"unknown entity type \"{type}\"");
        var entityId = new EntityId(Required(id, "id"));
        if (nodeMetrics is not null) metrics[entityId.Value] = nodeMetrics;
        return new EntityNode(entityId, entityType, Required(name, "name"))
        {
            Aliases = aliases,
            PaperCount = paperCount,
            MentionCount = mentionCount,
            ProposedBy = [.. proposedBy.Select(p => new PaperId(p))],
            Evidence = evidence,
        };
    }

    private void ReadAliases(ref Utf8JsonReader r, List<Alias> aliases)
    {
        Expect(ref r, JsonTokenType.StartArray);
        while (NextElement(ref r))
        {
            string? name = null, reason = null;
            while (NextProperty(ref r))
            {
                if (r.ValueTextEquals("name"u8)) name = Interned(ref r);
                else if (r.ValueTextEquals("reason"u8)) reason = Interned(ref r);
                else r.Skip();
            }
            if (!GraphJsonNames.TryParseReason(reason, out var why)) throw new JsonException($"unknown merge reason \"{reason}\"");
            aliases.Add(new Alias(Required(name, "name"), why));
        }
    }

    private GraphEdge ReadEdge(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string? source = null, target = null, type = null;
        IReadOnlyList<Evidence> evidence = [];
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("source"u8)) source = Interned(ref r);
            else if (r.ValueTextEquals("target"u8)) target = Interned(ref r);
            else if (r.ValueTextEquals("type"u8)) type = Interned(ref r);
            else if (r.ValueTextEquals("evidence"u8)) evidence = ReadEvidenceList(ref r);
            else r.Skip();
        }
        if (type is null || !EdgeKinds.TryParseRelationshipType(type, out var kind)) throw new JsonException($"unknown edge type \"{type}\"");
        return new GraphEdge(Required(source, "source"), Required(target, "target"), kind, evidence);
    }

    private ReportedResult ReadResult(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        string? paper = null, metric = null, target = null, method = null, text = null;
        Quantity? value = null;
        Evidence? evidence = null;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("paper"u8)) paper = Interned(ref r);
            else if (r.ValueTextEquals("metric"u8)) metric = Interned(ref r);
            else if (r.ValueTextEquals("target"u8)) target = Interned(ref r);
            else if (r.ValueTextEquals("method"u8)) method = Interned(ref r);
            else if (r.ValueTextEquals("text"u8)) text = Text(ref r);
            else if (r.ValueTextEquals("value"u8)) value = ReadQuantity(ref r);
            else if (r.ValueTextEquals("evidence"u8)) { Expect(ref r, JsonTokenType.StartObject); evidence = ReadEvidence(ref r); }
            else r.Skip();
        }
        return new ReportedResult(
            new PaperId(Required(paper, "paper")),
            new EntityId(Required(metric, "metric")),
            value ?? throw new JsonException("\"value\" is missing"),
            target is null ? null : new EntityId(target),
            method is null ? null : new EntityId(method),
            evidence ?? throw new JsonException("\"evidence\" is missing"),
            Required(text, "text"));
    }

    private Quantity ReadQuantity(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        double value = double.NaN;
        double? plusMinus = null, from = null;
        string? unit = null, text = null;
        var delta = false;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("value"u8)) value = Number(ref r);
            else if (r.ValueTextEquals("unit"u8)) unit = Interned(ref r);
            else if (r.ValueTextEquals("text"u8)) text = Text(ref r);
            else if (r.ValueTextEquals("plusMinus"u8)) plusMinus = NullableNumber(ref r);
            else if (r.ValueTextEquals("delta"u8)) delta = Bool(ref r);
            else if (r.ValueTextEquals("from"u8)) from = NullableNumber(ref r);
            else r.Skip();
        }
        if (!GraphJsonNames.TryParseUnit(unit, out var parsedUnit)) throw new JsonException($"unknown unit \"{unit}\"");
        return new Quantity(value, parsedUnit, Required(text, "text")) { PlusMinus = plusMinus, IsDelta = delta, From = from };
    }

    private CommunitySummary ReadCommunity(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        int id = 0, level = 0, size = 0;
        int? parent = null;
        string? label = null;
        IReadOnlyList<string> top = [];
        double communityModularity = 0;
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("id"u8)) id = Int(ref r);
            else if (r.ValueTextEquals("level"u8)) level = Int(ref r);
            else if (r.ValueTextEquals("parent"u8)) parent = NullableInt(ref r);
            else if (r.ValueTextEquals("label"u8)) label = Text(ref r);
            else if (r.ValueTextEquals("size"u8)) size = Int(ref r);
            else if (r.ValueTextEquals("topMembers"u8)) top = InternedArray(ref r);
            else if (r.ValueTextEquals("modularity"u8)) communityModularity = Number(ref r);
            else r.Skip();
        }
        return new CommunitySummary(id, level, parent, Required(label, "label"), size, top, communityModularity);
    }

    private static NodeMetrics? ReadMetrics(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartObject);
        double pagerank = 0, betweenness = 0, degree = 0, closeness = 0;
        var path = new List<int>();
        while (NextProperty(ref r))
        {
            if (r.ValueTextEquals("pagerank"u8)) pagerank = Number(ref r);
            else if (r.ValueTextEquals("betweenness"u8)) betweenness = Number(ref r);
            else if (r.ValueTextEquals("degree"u8)) degree = Number(ref r);
            else if (r.ValueTextEquals("closeness"u8)) closeness = Number(ref r);
            else if (r.ValueTextEquals("communityPath"u8))
            {
                Expect(ref r, JsonTokenType.StartArray);
                while (r.Read() && r.TokenType != JsonTokenType.EndArray) path.Add(CurrentInt(ref r));
            }
            else r.Skip();
        }
        return new NodeMetrics(pagerank, betweenness, degree, closeness, path);
    }

    private static void Expect(ref Utf8JsonReader r, JsonTokenType type)
    {
        if (!r.Read() || r.TokenType != type) throw new JsonException($"expected {Describe(type)} but found {Describe(r.TokenType)}");
    }

    private static bool NextProperty(ref Utf8JsonReader r)
    {
        r.Read();
        if (r.TokenType == JsonTokenType.PropertyName) return true;
        if (r.TokenType == JsonTokenType.EndObject) return false;
        throw new JsonException($"expected a property but found {Describe(r.TokenType)}");
    }

    private static bool NextProperty(ref Utf8JsonReader r, out string name)
    {
        var more = NextProperty(ref r);
        name = more ? r.GetString()! : "";
        return more;
    }

    /// <summary>Moves onto the next object of an array; false at its end.</summary>
    private static bool NextElement(ref Utf8JsonReader r)
    {
        r.Read();
        if (r.TokenType == JsonTokenType.EndArray) return false;
        if (r.TokenType == JsonTokenType.StartObject) return true;
        throw new JsonException($"expected an object but found {Describe(r.TokenType)}");
    }

    private static string? Text(ref Utf8JsonReader r)
    {
        r.Read();
        return r.TokenType switch
        {
            JsonTokenType.String => r.GetString(),
            JsonTokenType.Null => null,
            _ => throw new JsonException($"expected a string but found {Describe(r.TokenType)}"),
        };
    }

    private string? Interned(ref Utf8JsonReader r)
    {
        r.Read();
        if (r.TokenType == JsonTokenType.Null) return null;
        if (r.TokenType != JsonTokenType.String) throw new JsonException($"expected a string but found {Describe(r.TokenType)}");
        return CurrentInterned(ref r);
    }

    private string CurrentInterned(ref Utf8JsonReader r)
    {
        if (r.ValueIsEscaped || r.ValueSpan.Length > 256) return pool.Intern(r.GetString()!);
        Span<char> chars = stackalloc char[256];
        var count = Encoding.UTF8.GetChars(r.ValueSpan, chars);
        return pool.Intern(chars[..count]);
    }

    private IReadOnlyList<string> InternedArray(ref Utf8JsonReader r)
    {
        Expect(ref r, JsonTokenType.StartArray);
        var list = new List<string>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (r.TokenType != JsonTokenType.String) throw new JsonException($"expected a string but found {Describe(r.TokenType)}");
            list.Add(CurrentInterned(ref r));
        }
        return list.Count == 0 ? [] : [.. list];
    }

    private static double Number(ref Utf8JsonReader r) => NullableNumber(ref r) ?? double.NaN;

    private static double? NullableNumber(ref Utf8JsonReader r)
    {
        r.Read();
        return r.TokenType switch
        {
            JsonTokenType.Number => r.GetDouble(),
            JsonTokenType.Null => null,
            _ => throw new JsonException($"expected a number but found {Describe(r.TokenType)}"),
        };
    }

    private static int Int(ref Utf8JsonReader r)
    {
        r.Read();
        return CurrentInt(ref r);
    }

    private static int? NullableInt(ref Utf8JsonReader r)
    {
        r.Read();
        return r.TokenType == JsonTokenType.Null ? null : CurrentInt(ref r);
    }

    private static int CurrentInt(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.Number && r.TryGetInt32(out var value)
            ? value
            : throw new JsonException($"expected an integer but found {Describe(r.TokenType)}");

    private static bool Bool(ref Utf8JsonReader r)
    {
        r.Read();
        return r.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw new JsonException($"expected true or false but found {Describe(r.TokenType)}"),
        };
    }

    private static string Required(string? value, string name) =>
        value ?? throw new JsonException($"\"{name}\" is missing");

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.Null => "null",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.EndObject or JsonTokenType.EndArray => "the end of a container",
        _ => "nothing",
    };
}
