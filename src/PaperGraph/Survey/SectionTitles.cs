using Humanizer;
using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>
/// Headings from community labels ("Object detection · DETR · COCO", see <see cref="CommunityLabeler"/>).
/// The label's parts are looked up among the community's own entities to learn what they are: a section
/// led by a task is titled by the task ("Object detection", with "Object detection methods" over its
/// methods); one led by a method or a benchmark says so ("DETR and related methods").
/// </summary>
internal static class SectionTitles
{
    public const string DefaultMethodsHeading = "Key methods";

    public static SectionTitle For(SurveyIndex index, int? community)
    {
        if (community is not int c || !index.Communities.TryGetValue(c, out var summary)) return new SectionTitle("All papers", DefaultMethodsHeading);
        var parts = Parts(summary.Label);
        if (parts.Count == 0) return new SectionTitle($"Community {c}", DefaultMethodsHeading);
        var lead = parts[0];
        return TypeOf(index, c, lead) switch
        {
            EntityType.Task => new SectionTitle(Capitalised(lead), MethodsOf(Capitalised(lead))),
            EntityType.Method => new SectionTitle($"{lead} and related methods", DefaultMethodsHeading),
            EntityType.Dataset or EntityType.Benchmark => new SectionTitle($"Methods evaluated on {lead}", DefaultMethodsHeading),
            _ => new SectionTitle(Capitalised(lead), DefaultMethodsHeading),
        };
    }

    /// <summary>Makes sibling titles unique by adding the rest of the label, or the community id.</summary>
    public static IReadOnlyList<SectionTitle> Distinct(SurveyIndex index, IReadOnlyList<int?> communities)
    {
        var titles = communities.Select(c => For(index, c)).ToList();
        var counts = titles.GroupBy(t => t.Title, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var result = new List<SectionTitle>(titles.Count);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < titles.Count; i++)
        {
            var t = titles[i];
            if (counts[t.Title] > 1 && communities[i] is int c)
            {
                var rest = Parts(index.Communities[c].Label).Skip(1).ToList();
                var qualified = rest.Count > 0 ? $"{t.Title} ({string.Join(", ", rest)})" : t.Title;
                t = t with { Title = used.Contains(qualified) ? $"{t.Title} (community {c})" : qualified };
            }
            used.Add(t.Title);
            result.Add(t);
        }
        return result;
    }

    public static IReadOnlyList<string> Parts(string label) =>
        label.Split(CommunityLabeler.Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => p != "(unlabelled)")
            .ToList();

    /// <summary>"adversarial attacks" → "Adversarial attack methods": the last word singular, as a noun before "methods".</summary>
    private static string MethodsOf(string task)
    {
        var space = task.LastIndexOf(' ');
        var last = task[(space + 1)..];
        var singular = last.Length > 3 && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal) && !last.EndsWith("ics", StringComparison.Ordinal)
            && last.All(char.IsLetter)
            ? last.Singularize(inputIsKnownToBePlural: false)
            : last;
        return task[..(space + 1)] + singular + " methods";
    }

    private static string Capitalised(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? text.Transform(To.SentenceCase) : text;

    /// <summary>The type of the community member the label part names (label parts are member names, tasks maybe sentence-cased).</summary>
    private static EntityType? TypeOf(SurveyIndex index, int community, string part)
    {
        EntityType? found = null;
        foreach (var id in index.MembersOf(community))
        {
            if (!index.TryGetEntity(id, out var e)) continue;
            if (string.Equals(e.Name, part, StringComparison.Ordinal)) return e.Type;
            if (found is null && string.Equals(e.Name, part, StringComparison.OrdinalIgnoreCase)) found = e.Type;
        }
        return found;
    }
}
