using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperGraph;

/// <summary>
/// A stable paper identifier: "arxiv:2106.09685", "doi:10.1000/xyz", or "title:HASH" from the
/// normalised title. An input's own ids are not used: they are often not unique across sources
/// (a conference list gives "cvpr2019-" to a thousand papers), and the title is what lets the same
/// paper from two sources meet.
/// </summary>
public readonly partial record struct PaperId(string Value) : IComparable<PaperId>
{
    public static PaperId FromArxiv(string arxivId) => new("arxiv:" + StripArxivVersion(arxivId.Trim()));

    public static PaperId FromDoi(string doi) => new("doi:" + NormaliseDoi(doi));

    /// <summary>A hash of the normalised title, so case, spacing and punctuation variants meet.</summary>
    public static PaperId FromTitle(string title)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(NormaliseTitle(title)));
        return new("title:" + Convert.ToHexStringLower(bytes, 0, 8));
    }

    /// <summary>
    /// Picks the best id for what an input gives: an arXiv id or DOI when one is recognisable
    /// (in the input's id, DOI or URL), else the title hash.
    /// </summary>
    public static PaperId Choose(string? givenId, string? url, string? doi, string title)
    {
        foreach (var candidate in new[] { givenId, doi, url })
        {
            if (string.IsNullOrWhiteSpace(candidate)) continue;
            var arxiv = ArxivPattern().Match(candidate);
            if (arxiv.Success) return FromArxiv(arxiv.Groups["id"].Value);
            var doiMatch = DoiPattern().Match(candidate);
            if (doiMatch.Success) return FromDoi(doiMatch.Value);
        }
        return FromTitle(title);
    }

    public static string NormaliseTitle(string title)
    {
        var sb = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    public int CompareTo(PaperId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;

    private static string StripArxivVersion(string id) => ArxivVersionSuffix().Replace(id, "");

    private static string NormaliseDoi(string doi)
    {
        var d = doi.Trim();
        var at = d.IndexOf("10.", StringComparison.Ordinal);
        return (at >= 0 ? d[at..] : d).ToLowerInvariant();
    }

    [GeneratedRegex(@"(?:arxiv(?:\.org/(?:abs|pdf)/|:)\s*|^)(?<id>\d{4}\.\d{4,5}(?:v\d+)?|[a-z\-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)(?:\.pdf)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ArxivPattern();

    [GeneratedRegex(@"10\.\d{4,9}/\S+", RegexOptions.IgnoreCase)]
    private static partial Regex DoiPattern();

    [GeneratedRegex(@"v\d+$")]
    private static partial Regex ArxivVersionSuffix();
}
