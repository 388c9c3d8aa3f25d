using System.Globalization;
using System.Text.RegularExpressions;

namespace PaperGraph.Ingest;

/// <summary>
/// The non-title, non-abstract lines of a Hugging Face daily-papers page: the page header ("Daily Papers",
/// "byAK and the research community", ...) and the block after an abstract ("• 5 authors", "·", an
/// organisation, "Nov 29, 2021" or "Jul 24" with an optional upvote count, alone or on one line).
/// </summary>
internal static partial class HfPageMetadata
{
    private static readonly HashSet<string> HeaderLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "new", "Get trending papers in your email inbox!", "Subscribe", "Daily Papers", "byAK and the research community",
    };

    /// <summary>A date as the entry gives it: a year only when written, ISO "2020-06-08" or "--07-24".</summary>
    public readonly record struct EntryDate(int? Year, string Iso);

    public static bool IsHeaderLine(string line) => HeaderLines.Contains(line.Trim());

    /// <summary>
    /// Whether the lines of a paragraph are an entry's metadata block, and the date it gives. Organisation
    /// names are free text, so they count only beside the "·" separator the page puts after them.
    /// </summary>
    public static bool TryParse(IReadOnlyList<string> lines, out EntryDate? date)
    {
        date = null;
        var separated = false;
        var tokens = new List<string>();
        foreach (var line in lines)
        {
            if (line.Contains('·')) separated = true;
            foreach (var token in line.Split('·'))
            {
                var trimmed = token.Trim().TrimStart('•').Trim();
                if (trimmed.Length > 0) tokens.Add(trimmed);
            }
        }
        if (tokens.Count == 0) return separated;
        var recognised = 0;
        foreach (var token in tokens)
        {
            if (AuthorCount().IsMatch(token) || UpvoteCount().IsMatch(token))
            {
                recognised++;
            }
            else if (TryParseDate(token, out var parsed))
            {
                recognised++;
                date ??= parsed;
            }
        }
        return recognised == tokens.Count || (separated && recognised > 0);
    }

    public static bool TryParseDate(string text, out EntryDate date)
    {
        date = default;
        var match = DateLine().Match(text.Trim());
        if (!match.Success) return false;
        var month = Array.IndexOf(Months, match.Groups["month"].Value[..3].ToLowerInvariant()) + 1;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        if (month == 0 || day < 1 || day > DateTime.DaysInMonth(year ?? 2000, month)) return false;
        var iso = year is { } y ? $"{y:D4}-{month:D2}-{day:D2}" : $"--{month:D2}-{day:D2}";
        date = new EntryDate(year, iso);
        return true;
    }

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(@"^(?<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.? (?<day>\d{1,2})(?:, ?(?<year>\d{4}))?(?: +\d+)?$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^\d+ authors?$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorCount();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex UpvoteCount();
}
