namespace PaperGraph.Export;

/// <summary>One record line of an extraction record file, not yet parsed, and where it came from.</summary>
public sealed record RawExtractionRecord(byte[] Line, string File, long LineNumber)
{
    /// <summary>Parses the whole record; throws <see cref="ExtractionRecordException"/> naming file and line.</summary>
    public ExtractionRecord Parse() => ExtractionRecordParser.Parse(Line, File, LineNumber);

    /// <summary>
    /// Reads only the leading "id" and "seq" of the line (written first by <see cref="ExtractionRecordWriter"/>),
    /// so that records can be ordered and deduplicated on one thread and parsed on many. False when the line
    /// does not start that way; a full <see cref="Parse"/> then says what is wrong.
    /// </summary>
    public bool TryPeek(out string id, out long sequence)
    {
        id = "";
        sequence = 0;
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(Line);
            if (!reader.Read() || reader.TokenType != System.Text.Json.JsonTokenType.StartObject) return false;
            if (!reader.Read() || !reader.ValueTextEquals("id"u8) || !reader.Read() || reader.TokenType != System.Text.Json.JsonTokenType.String) return false;
            id = reader.GetString() ?? "";
            if (!reader.Read() || !reader.ValueTextEquals("seq"u8) || !reader.Read() || !reader.TryGetInt64(out sequence)) return false;
            return id.Length > 0;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
