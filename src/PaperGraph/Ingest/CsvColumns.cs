namespace PaperGraph.Ingest;

/// <summary>
/// Which CSV column holds which field, found from the header by name, ignoring case, surrounding spaces and
/// the difference between space, hyphen and underscore. -1 when a column is absent.
/// </summary>
internal sealed record CsvColumns(int Title, int Abstract, int Id, int Year, int Date, int Venue, int Authors, int Url, int Doi, int Categories)
{
    private static readonly string[] TitleNames = ["title", "titles", "paper_title"];
    private static readonly string[] AbstractNames = ["abstract", "abstracts", "summary", "summaries", "paper_abstract"];

    public static CsvColumns Find(IReadOnlyList<string> header)
    {
        var names = header.Select(Normalise).ToArray();
        int Of(params string[] candidates) => Array.FindIndex(names, name => candidates.Contains(name));
        return new CsvColumns(
            Title: Of(TitleNames),
            Abstract: Of(AbstractNames),
            Id: Of("id", "paper_id", "arxiv_id"),
            Year: Of("year"),
            Date: Of("date", "published", "publication_date"),
            Venue: Of("venue", "journal", "conference"),
            Authors: Of("authors", "author"),
            Url: Of("url", "link"),
            Doi: Of("doi"),
            Categories: Of("categories", "terms"));
    }

    public static bool IsTitleName(string headerName) => TitleNames.Contains(Normalise(headerName));

    private static string Normalise(string name) =>
        name.Trim().Trim('"').Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
}
