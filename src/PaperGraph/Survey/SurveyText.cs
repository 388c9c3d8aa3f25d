using System.Globalization;
using System.Text;
using Humanizer;
using PaperGraph.Queries;

namespace PaperGraph.Survey;

/// <summary>Wording shared by the renderers, so Markdown and LaTeX say the same things in the same words.</summary>
internal static class SurveyText
{
    /// <summary>"1 paper", "12 papers", "1,204 papers".</summary>
    public static string Papers(int count) => "paper".ToQuantity(count, "N0");

    public static string Count(string noun, int count) => noun.ToQuantity(count, "N0");

    /// <summary>"2019–2024", "2021", or "" when no paper has a year.</summary>
    public static string Years(int? first, int? last) =>
        first is null || last is null ? "" : first == last ? Year(first.Value) : $"{Year(first.Value)}–{Year(last.Value)}";

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A name that starts a line, first letter capitalised ("continual learning" → "Continual learning").</summary>
    public static string Capitalised(string name) =>
        name.Length > 0 && char.IsLower(name[0]) ? name.Transform(To.SentenceCase) : name;

    /// <summary>
    /// Related entities that share exactly the same citations, grouped in order of first appearance, so that
    /// "builds on A [4], B [4], C [4]" reads "builds on A, B, C [4]". Only fully cited entities are grouped;
    /// PaperCount is then the number of citations, and a group of one keeps its own count.
    /// </summary>
    public static IEnumerable<(IReadOnlyList<EntityRef> Entities, int PaperCount, IReadOnlyList<int> Citations)> Grouped(IEnumerable<CitedEntity> related)
    {
        var groups = new List<(List<EntityRef> Entities, int PaperCount, IReadOnlyList<int> Citations)>();
        foreach (var e in related)
        {
            var fully = e.PaperCount == e.Citations.Count;
            var at = fully ? groups.FindIndex(g => g.PaperCount == e.PaperCount && g.Citations.SequenceEqual(e.Citations)) : -1;
            if (at >= 0) groups[at].Entities.Add(e.Entity);
            else groups.Add(([e.Entity], e.PaperCount, e.Citations));
        }
        return groups.Select(g => ((IReadOnlyList<EntityRef>)g.Entities, g.PaperCount, g.Citations));
    }

    /// <summary>True when a method's only support is the papers that propose it: "X, proposed in [4]" says it all.</summary>
    public static bool OnlyProposed(MethodBullet m) =>
        m.ProposedIn.Count > 0 && m.Method.PaperCount == m.ProposedIn.Count && m.Method.Citations.Order().SequenceEqual(m.ProposedIn.Order());

    /// <summary>Names to show for a list of entities: a name two entities of the list share gets its type ("KITTI (benchmark)").</summary>
    public static IReadOnlyList<string> DisplayNames(IReadOnlyList<EntityRef> entities)
    {
        var shared = entities.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return entities.Select(e => shared.Contains(e.Name) ? $"{e.Name} ({e.Type.ToString().ToLowerInvariant()})" : e.Name).ToList();
    }

    /// <summary>"lower is better" arrows for the results table: ↓ lower, ↑ higher, nothing when unknown.</summary>
    public static string Arrow(MetricDirection direction) => direction switch
    {
        MetricDirection.LowerIsBetter => " ↓",
        MetricDirection.HigherIsBetter => " ↑",
        _ => "",
    };

    /// <summary>One line: runs of white space (line breaks in titles included) become one space; control characters go.</summary>
    public static string OneLine(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (char.IsControl(c)) continue;
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A link for a reference: its URL when known, else the arXiv or DOI page its id names.</summary>
    public static string? Link(SurveyReference reference)
    {
        if (!string.IsNullOrWhiteSpace(reference.Url)) return reference.Url.Trim();
        if (reference.PaperId.StartsWith("arxiv:", StringComparison.Ordinal)) return "https://arxiv.org/abs/" + reference.PaperId["arxiv:".Length..];
        if (reference.PaperId.StartsWith("doi:", StringComparison.Ordinal)) return "https://doi.org/" + reference.PaperId["doi:".Length..];
        return null;
    }

    /// <summary>"The whole corpus: 139 papers, 2017–2025".</summary>
    public static string Scope(SurveyScope scope)
    {
        var years = Years(scope.FirstYear, scope.LastYear);
        return Capitalised($"{scope.Basis}: {Papers(scope.PaperCount)}" + (years.Length > 0 ? $", {years}" : ""));
    }
}
