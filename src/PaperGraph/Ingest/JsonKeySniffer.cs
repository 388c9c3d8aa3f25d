using System.Text.Json;

namespace PaperGraph.Ingest;

/// <summary>
/// Tells the JSON formats apart by the keys of the first record: OpenAlex works, arXiv snapshot records, or
/// plain papers with a title. Reads the sample with <see cref="Utf8JsonReader"/> as far as it goes, so a
/// first record longer than the sample still shows its leading keys; in JSON lines, a bad first line is
/// passed over for the next one rather than condemning the file.
/// </summary>
internal static class JsonKeySniffer
{
    private const int LinesTried = 20;

    private static readonly string[] OpenAlexKeys = ["abstract_inverted_index", "authorships", "display_name", "publication_year", "primary_location"];
    private static readonly string[] SnapshotKeys = ["authors_parsed", "versions", "update_date", "submitter"];

    public static FormatGuess Detect(ReadOnlySpan<byte> text, bool complete)
    {
        string? firstError = null;
        var lineNumber = 0;
        var rest = text;
        while (lineNumber < LinesTried && !rest.IsEmpty)
        {
            lineNumber++;
            var newline = rest.IndexOf((byte)'\n');
            var line = newline < 0 ? rest : rest[..newline];
            var isLast = newline < 0;
            rest = newline < 0 ? default : rest[(newline + 1)..];
            if (line.IndexOfAnyExcept(" \t\r"u8) < 0) continue;
            // The document reads on across lines: a record that does not end on its line is not JSON lines.
            var sample = lineNumber == 1 && !JsonShape.IsBalanced(line) ? text : line;
            var keys = Keys(sample, isFinal: complete || (!isLast && sample == line), out var error, out var isPage, out var id);
            if (keys.Count > 0 || isPage) return Decide(keys, id, isPage);
            firstError ??= error is null ? null : $"malformed JSON on line {lineNumber}: {error}";
            if (sample != line) break;
        }
        return FormatGuess.Refused(firstError ?? "JSON without any record object");
    }

    private static FormatGuess Decide(HashSet<string> keys, string? id, bool isPage)
    {
        if (isPage || OpenAlexKeys.Any(keys.Contains) || id?.StartsWith("https://openalex.org/", StringComparison.OrdinalIgnoreCase) == true)
        {
            return FormatGuess.Of(PaperFormat.OpenAlex);
        }
        if (keys.Contains("id") && SnapshotKeys.Any(keys.Contains)) return FormatGuess.Of(PaperFormat.ArxivSnapshot);
        if (keys.Contains("title")) return FormatGuess.Of(PaperFormat.JsonLines);
        return FormatGuess.Refused($"JSON records without a \"title\" field (keys of the first record: {IssueText.List(keys.Order(StringComparer.Ordinal))})");
    }

    /// <summary>The lower-cased keys of the first record: the object itself, an array's first element, or a page's first result.</summary>
    private static HashSet<string> Keys(ReadOnlySpan<byte> json, bool isFinal, out string? error, out bool isPage, out string? id)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        error = null;
        isPage = false;
        id = null;
        var reader = new Utf8JsonReader(json, isFinal, new JsonReaderState(new JsonReaderOptions { MaxDepth = JsonFields.MaxDepth }));
        try
        {
            if (!reader.Read()) return keys;
            if (reader.TokenType == JsonTokenType.StartArray && (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)) return keys;
            if (reader.TokenType != JsonTokenType.StartObject) return keys;
            var topLevel = reader.CurrentDepth;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = (reader.GetString() ?? "").ToLowerInvariant();
                if (!reader.Read()) break;
                if (reader.CurrentDepth - 1 == topLevel && name == "results" && reader.TokenType == JsonTokenType.StartArray)
                {
                    isPage = true;
                    keys.Clear();
                    if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) break;
                    topLevel = reader.CurrentDepth;
                    continue;
                }
                keys.Add(name);
                if (name == "id" && reader.TokenType == JsonTokenType.String) id = reader.GetString();
                if (!reader.TrySkip()) break;
            }
        }
        catch (JsonException e)
        {
            error = JsonFields.SyntaxMessage(e);
        }
        catch (InvalidOperationException)
        {
            error = "invalid UTF-8 in a key";
        }
        return keys;
    }
}
