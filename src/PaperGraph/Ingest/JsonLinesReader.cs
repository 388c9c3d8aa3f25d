using System.Text.Json;

namespace PaperGraph.Ingest;

/// <summary>
/// JSON lines (or a JSON array) of papers: "title" and "abstract" (or "summary"), optional "id", "year",
/// "date", "venue", "authors" (array or string), "url", "doi". Names match ignoring case; other fields are
/// ignored. A missing or empty abstract reads as empty; a missing title makes the record bad.
/// </summary>
internal sealed class JsonLinesReader(IngestOptions options) : IPaperReader
{
    public PaperFormat Format => PaperFormat.JsonLines;

    public IEnumerable<ReadOutcome> Read(Stream utf8, string sourceName, CancellationToken cancellationToken = default) =>
        JsonPaperStream.Read(utf8, sourceName, options.MaxRecordBytes, Map, cancellationToken);

    internal static Paper Map(ReadOnlySpan<byte> json, SourceLocation at)
    {
        var reader = JsonFields.Open(json);
        string? title = null, abstractText = null, summary = null, id = null, url = null, doi = null, venue = null, date = null;
        int? year = null;
        IReadOnlyList<string> authors = [];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (JsonFields.NameIs(ref reader, "title"u8)) title = Next(ref reader, "title");
            else if (JsonFields.NameIs(ref reader, "abstract"u8)) abstractText = Next(ref reader, "abstract");
            else if (JsonFields.NameIs(ref reader, "summary"u8)) summary = Next(ref reader, "summary");
            else if (JsonFields.NameIs(ref reader, "id"u8)) id = NextOptional(ref reader, "id");
            else if (JsonFields.NameIs(ref reader, "url"u8)) url = NextOptional(ref reader, "url");
            else if (JsonFields.NameIs(ref reader, "doi"u8)) doi = NextOptional(ref reader, "doi");
            else if (JsonFields.NameIs(ref reader, "venue"u8)) venue = NextOptional(ref reader, "venue");
            else if (JsonFields.NameIs(ref reader, "date"u8)) date = NextOptional(ref reader, "date");
            else if (JsonFields.NameIs(ref reader, "year"u8))
            {
                reader.Read();
                year = JsonFields.Year(ref reader);
            }
            else if (JsonFields.NameIs(ref reader, "authors"u8))
            {
                reader.Read();
                authors = JsonFields.Authors(ref reader, "authors");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        JsonFields.EnsureEnd(ref reader);
        if (string.IsNullOrEmpty(title)) throw new BadRecordException(title is null ? "no \"title\"" : "empty \"title\"");
        return new Paper(PaperIds.Choose(id, url, doi, title), title, abstractText ?? summary ?? "", at)
        {
            Year = year ?? JsonFields.YearOf(date),
            Date = date,
            Venue = venue,
            Url = url,
            Authors = authors,
        };
    }

    private static string? Next(ref Utf8JsonReader reader, string field)
    {
        reader.Read();
        return JsonFields.Text(ref reader, field);
    }

    private static string? NextOptional(ref Utf8JsonReader reader, string field)
    {
        reader.Read();
        return JsonFields.OptionalText(ref reader, field);
    }
}
