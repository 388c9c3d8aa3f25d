using System.Globalization;
using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>
/// BibTeX keys in the usual author-year-word shape ("hu2021lora"; "lora2021" without authors), plain ASCII
/// so any BibTeX accepts them, made unique in reference order with a letter ("lora2021b").
/// </summary>
internal static class ReferenceKeys
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "on", "of", "for", "in", "to", "and", "with", "via", "from", "towards", "toward", "is", "are", "do", "does", "how", "what", "when", "why", "can", "we", "your", "all", "you",
    };

    public static IReadOnlyList<string> For(IReadOnlyList<PaperNode> papers)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>(papers.Count);
        foreach (var p in papers)
        {
            var stem = Stem(p);
            var key = stem;
            for (var suffix = 'b'; !used.Add(key); suffix++)
            {
                key = suffix <= 'z' ? stem + suffix : stem + "x" + keys.Count.ToString(CultureInfo.InvariantCulture);
            }
            keys.Add(key);
        }
        return keys;
    }

    private static string Stem(PaperNode paper)
    {
        var surname = paper.Authors.Count > 0 ? Ascii(paper.Authors[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "") : "";
        var word = paper.Title.Split([' ', '-', ':', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Ascii)
            .FirstOrDefault(w => w.Length >= 2 && !Skipped.Contains(w)) ?? "";
        var year = paper.Year?.ToString(CultureInfo.InvariantCulture) ?? "";
        var stem = surname.Length > 0 ? surname + year + word : word + year;
        return stem.Length > 0 ? stem : "paper";
    }

    /// <summary>Lower-case ASCII letters and digits, accents dropped: "Müller" → "muller".</summary>
    private static string Ascii(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (c < 128 && char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
