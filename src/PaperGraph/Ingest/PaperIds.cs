using System.Text.RegularExpressions;

namespace PaperGraph.Ingest;

/// <summary>
/// Ids for papers as the readers see them. An arXiv DOI (10.48550/arXiv.2106.09685) names the arXiv
/// paper, so it becomes the arXiv id: the same paper read from arXiv and from OpenAlex is then one paper.
/// </summary>
internal static partial class PaperIds
{
    public static PaperId Choose(string? givenId, string? url, string? doi, string title)
    {
        var arxiv = ArxivFromDoi(doi);
        return arxiv is not null ? PaperId.FromArxiv(arxiv) : PaperId.Choose(givenId, url, doi, title);
    }

    public static string? ArxivFromDoi(string? doi)
    {
        if (string.IsNullOrEmpty(doi)) return null;
        var match = ArxivDoi().Match(doi);
        return match.Success ? match.Groups["id"].Value : null;
    }

    /// <summary>The arXiv id in an arxiv.org abstract or PDF address, or null.</summary>
    public static string? ArxivFromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var match = ArxivUrl().Match(url);
        return match.Success ? match.Groups["id"].Value : null;
    }

    [GeneratedRegex(@"10\.48550/arxiv\.(?<id>\d{4}\.\d{4,5})(?:v\d+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivDoi();

    [GeneratedRegex(@"arxiv\.org/(?:abs|pdf)/(?<id>\d{4}\.\d{4,5}|[a-z\-]+(?:\.[a-z]{2})?/\d{7})(?:v\d+)?(?:\.pdf)?/?$", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivUrl();
}
