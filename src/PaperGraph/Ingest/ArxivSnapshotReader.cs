using System.Globalization;
using System.Text.Json;

namespace PaperGraph.Ingest;

/// <summary>
/// The arXiv metadata snapshot (Kaggle "arxiv-metadata-oai-snapshot.json"): one JSON object per line with
/// "id", "title", "abstract" (hard-wrapped, indented: collapsed here), "authors" or "authors_parsed",
/// "categories" (space-separated), "versions" ([{version, created}]), "update_date", "doi". The year and
/// date are those of the first version, else the year the id encodes, else the update date's.
/// </summary>
internal sealed class ArxivSnapshotReader(IngestOptions options) : IPaperReader
{
    public PaperFormat Format => PaperFormat.ArxivSnapshot;

    public IEnumerable<ReadOutcome> Read(Stream utf8, string sourceName, CancellationToken cancellationToken = default) =>
        JsonPaperStream.Read(utf8, sourceName, options.MaxRecordBytes, Map, cancellationToken);

    internal static Paper Map(ReadOnlySpan<byte> json, SourceLocation at)
    {
        var reader = JsonFields.Open(json);
        string? id = null, title = null, summary = null, authorText = null, categories = null, updated = null, doi = null;
        DateTime? firstVersion = null;
        IReadOnlyList<string> parsedAuthors = [];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Field(ref reader);
            reader.Read();
            switch (field)
            {
                case "id": id = JsonFields.OptionalText(ref reader, field); break;
                case "title": title = JsonFields.Text(ref reader, field); break;
                case "abstract": summary = JsonFields.Text(ref reader, field); break;
                case "authors": authorText = JsonFields.OptionalText(ref reader, field); break;
                case "authors_parsed": parsedAuthors = ParsedAuthors(ref reader); break;
                case "categories": categories = JsonFields.OptionalText(ref reader, field); break;
                case "update_date": updated = JsonFields.OptionalText(ref reader, field); break;
                case "doi": doi = JsonFields.OptionalText(ref reader, field); break;
                case "versions": firstVersion = FirstVersionDate(ref reader); break;
                default: reader.Skip(); break;
            }
        }
        JsonFields.EnsureEnd(ref reader);
        if (string.IsNullOrEmpty(title)) throw new BadRecordException(title is null ? "no \"title\"" : "empty \"title\"");
        return new Paper(string.IsNullOrEmpty(id) ? PaperIds.Choose(null, null, doi, title) : PaperId.FromArxiv(id), title, summary ?? "", at)
        {
            Year = firstVersion?.Year ?? YearOfId(id) ?? JsonFields.YearOf(updated),
            Date = firstVersion?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Url = string.IsNullOrEmpty(id) ? null : "https://arxiv.org/abs/" + id,
            Authors = parsedAuthors.Count > 0 ? parsedAuthors : AuthorNames.Split(authorText),
            Categories = categories?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [],
        };
    }

    private static string? Field(ref Utf8JsonReader reader)
    {
        foreach (var (utf8, name) in Fields)
        {
            if (JsonFields.NameIs(ref reader, utf8)) return name;
        }
        return null;
    }

    private static readonly (byte[] Utf8, string Name)[] Fields =
        [.. new[] { "id", "title", "abstract", "authors", "authors_parsed", "categories", "update_date", "doi", "versions" }
            .Select(name => (System.Text.Encoding.ASCII.GetBytes(name), name))];

    /// <summary>[["Last", "First", "Suffix"], ...] as "First Last Suffix".</summary>
    private static IReadOnlyList<string> ParsedAuthors(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return [];
        }
        var names = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }
            var parts = new List<string>(3);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                parts.Add(JsonFields.OptionalText(ref reader, "authors_parsed") ?? "");
            }
            if (parts.Count == 0 || parts[0].Length == 0) continue;
            string[] ordered = [parts.Count > 1 ? parts[1] : "", parts[0], parts.Count > 2 ? parts[2] : ""];
            names.Add(string.Join(' ', ordered.Where(part => part.Length > 0)));
        }
        return names;
    }

    private static DateTime? FirstVersionDate(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }
        DateTime? first = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCreated = JsonFields.NameIs(ref reader, "created"u8);
                reader.Read();
                var text = isCreated ? JsonFields.OptionalText(ref reader, "created") : SkipAndNull(ref reader);
                if (first is null && text is not null && DateTime.TryParseExact(text, "ddd, d MMM yyyy HH:mm:ss 'GMT'",
                        CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var created))
                {
                    first = created;
                }
            }
        }
        return first;
    }

    private static string? SkipAndNull(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }

    /// <summary>"0704.0001" was submitted in 2007-04, "math/9901001" in 1999-01.</summary>
    private static int? YearOfId(string? id)
    {
        if (string.IsNullOrEmpty(id)) return null;
        var digits = id.Contains('/') ? id[(id.IndexOf('/') + 1)..] : id;
        if (digits.Length < 4 || !int.TryParse(digits.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var yy)) return null;
        return yy >= 91 ? 1900 + yy : 2000 + yy;
    }
}
