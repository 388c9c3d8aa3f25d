using System.Text.Json;

namespace PaperGraph.Ingest;

/// <summary>
/// OpenAlex works: one work object, a page of them ({"meta": ..., "results": [...]}), a JSON array, or JSON
/// lines. Title from "title" (else "display_name"); the abstract rebuilt from "abstract_inverted_index";
/// year "publication_year"; venue the primary location's source; authors from "authorships". OpenAlex has no
/// arXiv id field: an arXiv DOI or an arxiv.org location gives it, so arXiv papers meet their arXiv records.
/// </summary>
internal sealed class OpenAlexReader(IngestOptions options) : IPaperReader
{
    public PaperFormat Format => PaperFormat.OpenAlex;

    public IEnumerable<ReadOutcome> Read(Stream utf8, string sourceName, CancellationToken cancellationToken = default) =>
        JsonPaperStream.Read(utf8, sourceName, options.MaxRecordBytes, Map, cancellationToken);

    internal static Paper Map(ReadOnlySpan<byte> json, SourceLocation at)
    {
        var reader = JsonFields.Open(json);
        var work = new WorkFields();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ReadProperty(ref reader, work);
        }
        JsonFields.EnsureEnd(ref reader);
        var title = work.Title ?? work.DisplayName;
        if (string.IsNullOrEmpty(title)) throw new BadRecordException("no \"title\" or \"display_name\"");
        var arxiv = PaperIds.ArxivFromDoi(work.Doi) ?? work.LandingPages.Select(PaperIds.ArxivFromUrl).FirstOrDefault(id => id is not null);
        var url = work.LandingPages.FirstOrDefault() ?? work.Doi;
        return new Paper(arxiv is not null ? PaperId.FromArxiv(arxiv) : PaperIds.Choose(null, url, work.Doi, title), title, work.Abstract ?? "", at)
        {
            Year = work.Year ?? JsonFields.YearOf(work.Date),
            Date = work.Date,
            Venue = work.Venue,
            Url = url,
            Authors = work.Authors,
        };
    }

    private static void ReadProperty(ref Utf8JsonReader reader, WorkFields work)
    {
        if (JsonFields.NameIs(ref reader, "title"u8)) work.Title = NextText(ref reader, "title");
        else if (JsonFields.NameIs(ref reader, "display_name"u8)) work.DisplayName = NextText(ref reader, "display_name");
        else if (JsonFields.NameIs(ref reader, "doi"u8)) work.Doi = NextOptional(ref reader, "doi");
        else if (JsonFields.NameIs(ref reader, "publication_date"u8)) work.Date = NextOptional(ref reader, "publication_date");
        else if (JsonFields.NameIs(ref reader, "abstract"u8)) work.Abstract ??= NextText(ref reader, "abstract");
        else if (JsonFields.NameIs(ref reader, "publication_year"u8))
        {
            reader.Read();
            work.Year = JsonFields.Year(ref reader);
        }
        else if (JsonFields.NameIs(ref reader, "abstract_inverted_index"u8))
        {
            reader.Read();
            work.Abstract = InvertedIndex.Rebuild(ref reader) ?? work.Abstract;
        }
        else if (JsonFields.NameIs(ref reader, "authorships"u8))
        {
            reader.Read();
            work.Authors = Authorships(ref reader);
        }
        else if (JsonFields.NameIs(ref reader, "primary_location"u8))
        {
            reader.Read();
            Location(ref reader, work, primary: true);
        }
        else if (JsonFields.NameIs(ref reader, "locations"u8))
        {
            reader.Read();
            ForEachObject(ref reader, work, static (ref Utf8JsonReader r, WorkFields w) => Location(ref r, w, primary: false));
        }
        else
        {
            reader.Read();
            reader.Skip();
        }
    }

    private delegate void ObjectReader(ref Utf8JsonReader reader, WorkFields work);

    private static void ForEachObject(ref Utf8JsonReader reader, WorkFields work, ObjectReader read)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return;
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject) read(ref reader, work);
            else reader.Skip();
        }
    }

    /// <summary>A location object: its landing page (arXiv ids hide there) and, for the primary one, the venue.</summary>
    private static void Location(ref Utf8JsonReader reader, WorkFields work, bool primary)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (JsonFields.NameIs(ref reader, "landing_page_url"u8))
            {
                var page = NextOptional(ref reader, "landing_page_url");
                if (page is null) continue;
                if (primary) work.LandingPages.Insert(0, page);
                else work.LandingPages.Add(page);
            }
            else if (primary && JsonFields.NameIs(ref reader, "source"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject) work.Venue = JsonFields.NameProperty(ref reader, "source");
                else reader.Skip();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private static List<string> Authorships(ref Utf8JsonReader reader)
    {
        var names = new List<string>();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return names;
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }
            string? name = null, raw = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (JsonFields.NameIs(ref reader, "author"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartObject) name = JsonFields.NameProperty(ref reader, "author");
                    else reader.Skip();
                }
                else if (JsonFields.NameIs(ref reader, "raw_author_name"u8))
                {
                    raw = NextOptional(ref reader, "raw_author_name");
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            if ((name ?? raw) is { Length: > 0 } author) names.Add(author);
        }
        return names;
    }

    private static string? NextText(ref Utf8JsonReader reader, string field)
    {
        reader.Read();
        return JsonFields.Text(ref reader, field);
    }

    private static string? NextOptional(ref Utf8JsonReader reader, string field)
    {
        reader.Read();
        return JsonFields.OptionalText(ref reader, field);
    }

    /// <summary>What a work contributes, gathered while its properties stream past in any order.</summary>
    private sealed class WorkFields
    {
        public string? Title, DisplayName, Doi, Date, Abstract, Venue;
        public int? Year;
        public IReadOnlyList<string> Authors = [];
        public readonly List<string> LandingPages = [];
    }
}
