using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text;

namespace PaperGraph.Ingest;

/// <summary>
/// Field readers shared by the JSON formats, over <see cref="Utf8JsonReader"/> positioned on a value. Text
/// is copied out once, straight into the collapsed string. A required field of the wrong type makes the
/// record bad; an optional field that cannot be used is ignored.
/// </summary>
internal static class JsonFields
{
    /// <summary>Deeper nesting than this is refused: no paper record needs it, and hostile input uses it.</summary>
    public const int MaxDepth = 64;

    private static readonly JsonReaderOptions Options = new()
    {
        MaxDepth = MaxDepth,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>A reader positioned on the record's opening brace.</summary>
    public static Utf8JsonReader Open(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, Options);
        if (!reader.Read()) throw new BadRecordException("empty record");
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new BadRecordException($"the record is {Describe(reader.TokenType)}, not a JSON object");
        }
        return reader;
    }

    /// <summary>After the record's closing brace: only whitespace may follow.</summary>
    public static void EnsureEnd(ref Utf8JsonReader reader)
    {
        if (reader.Read()) throw new BadRecordException("text after the end of the JSON object");
    }

    /// <summary>Whether the current property name is <paramref name="name"/>, ignoring ASCII case.</summary>
    public static bool NameIs(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (!reader.ValueIsEscaped) return Ascii.EqualsIgnoreCase(reader.ValueSpan, name);
        Span<byte> unescaped = stackalloc byte[64];
        return reader.ValueSpan.Length <= unescaped.Length
            && Ascii.EqualsIgnoreCase(unescaped[..reader.CopyString(unescaped)], name);
    }

    /// <summary>A required kind of text: a string (collapsed), null for JSON null, else the record is bad.</summary>
    public static string? Text(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.String => Collapsed(ref reader, field),
        JsonTokenType.Null => null,
        _ => throw new BadRecordException($"\"{field}\" is {Describe(reader.TokenType)}, expected a string"),
    };

    /// <summary>An optional scalar as text (a number keeps its digits); anything else is skipped as absent.</summary>
    public static string? OptionalText(ref Utf8JsonReader reader, string field)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                var text = Collapsed(ref reader, field);
                return text.Length == 0 ? null : text;
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>A year from a number or from a string that starts with one ("2020", "2020-06-08").</summary>
    public static int? Year(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetInt32(out var number) ? PlausibleYear(number) : null;
            case JsonTokenType.String:
                return YearOf(reader.ValueIsEscaped ? reader.GetString() : Encoding.UTF8.GetString(reader.ValueSpan));
            default:
                reader.Skip();
                return null;
        }
    }

    public static int? YearOf(string? text)
    {
        if (text is null) return null;
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length >= 4 && int.TryParse(trimmed[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && (trimmed.Length == 4 || !char.IsAsciiDigit(trimmed[4]))
            ? PlausibleYear(year)
            : null;
    }

    /// <summary>Authors as an array of names (or of objects with a "name"), or as one string of names.</summary>
    public static IReadOnlyList<string> Authors(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType == JsonTokenType.String) return AuthorNames.Split(Collapsed(ref reader, field));
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return [];
        }
        var names = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var name = reader.TokenType switch
            {
                JsonTokenType.String => Collapsed(ref reader, field),
                JsonTokenType.StartObject => NameProperty(ref reader, field),
                _ => SkipValue(ref reader),
            };
            if (!string.IsNullOrEmpty(name)) names.Add(name);
        }
        return names;
    }

    /// <summary>The "name" or "display_name" of the object the reader is on; the object is consumed.</summary>
    public static string? NameProperty(ref Utf8JsonReader reader, string field)
    {
        string? name = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var wanted = NameIs(ref reader, "name"u8) || NameIs(ref reader, "display_name"u8);
            reader.Read();
            if (wanted && reader.TokenType == JsonTokenType.String) name ??= Collapsed(ref reader, field);
            else reader.Skip();
        }
        return name;
    }

    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => "not a value",
    };

    /// <summary>The one-line message for a JSON syntax error, with the byte where it was found.</summary>
    public static string SyntaxMessage(JsonException e)
    {
        if (e.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return $"JSON nested more than {MaxDepth} levels deep";
        }
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0) message = message[..cut];
        var at = e.BytePositionInLine is { } position ? $" at byte {position + 1}" : "";
        return $"malformed JSON{at}: {IssueText.OneLine(message.TrimEnd('.', ' '))}";
    }

    private static string? SkipValue(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }

    private static int? PlausibleYear(int year) => year is >= 1000 and <= 2999 ? year : null;

    private static string Collapsed(ref Utf8JsonReader reader, string field)
    {
        var length = reader.ValueSpan.Length;
        char[]? rented = null;
        var buffer = length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            int written;
            try
            {
                written = reader.CopyString(buffer);
            }
            catch (InvalidOperationException)
            {
                throw new BadRecordException($"\"{field}\" holds invalid text (a broken \\u escape)");
            }
            var collapsed = TextNormalizer.CollapseInPlace(buffer[..written]);
            return collapsed == 0 ? "" : new string(buffer[..collapsed]);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }
}
