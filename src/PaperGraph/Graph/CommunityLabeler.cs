using Humanizer;

namespace PaperGraph.Graph;

/// <summary>
/// Names a community after its most distinctive typed members: its top task, method and benchmark (or
/// dataset), joined as "Object detection · DETR · COCO". Distinctive = lift (the share of the community's
/// papers mentioning the entity over the share of all papers mentioning it) weighted by support: the
/// score is n_C · ln(lift), n_C the community's papers mentioning it, which is the entity's term of the
/// mutual information between mentioning it and being in the community. Lift alone would crown a name
/// from a single paper (the rarer, the higher); the weight prefers what many of the community's papers
/// share. When no member of a type is over-represented (lift ≤ 1), the most mentioned one is taken.
/// Lower-case task names are put in sentence case with Humanizer; other names keep their own casing
/// (ResNet-50, COCO). A community without papers is named after its top members by PageRank.
/// </summary>
public static class CommunityLabeler
{
    private static readonly EntityType[][] Slots =
        [[EntityType.Task], [EntityType.Method], [EntityType.Benchmark, EntityType.Dataset]];

    public const string Separator = " · ";

    public static string Label(IReadOnlyList<LabelCandidate> members, int communityPapers, int corpusPapers)
    {
        var parts = new List<string>();
        foreach (var types in Slots)
        {
            var pick = communityPapers > 0 && corpusPapers > 0
                ? MostDistinctive(members.Where(m => types.Contains(m.Type)).ToList(), communityPapers, corpusPapers)
                : members.Where(m => types.Contains(m.Type)).OrderByDescending(m => m.PageRank).ThenBy(m => m.Name, StringComparer.Ordinal).FirstOrDefault();
            if (pick is not null) parts.Add(Display(pick));
        }
        if (parts.Count == 0)
        {
            parts.AddRange(members.OrderByDescending(m => m.PageRank).ThenBy(m => m.Name, StringComparer.Ordinal).Take(2).Select(Display));
        }
        return parts.Count == 0 ? "(unlabelled)" : string.Join(Separator, parts.Distinct(StringComparer.Ordinal));
    }

    /// <summary>(papers in community mentioning it / papers in community) / (papers mentioning it / all papers).</summary>
    public static double Lift(LabelCandidate member, int communityPapers, int corpusPapers) =>
        member.PapersInCorpus == 0 ? 0 : (double)member.PapersInCommunity / communityPapers / ((double)member.PapersInCorpus / corpusPapers);

    /// <summary>n_C · ln(lift): lift weighted by the community papers that mention the entity.</summary>
    public static double Score(LabelCandidate member, int communityPapers, int corpusPapers)
    {
        var lift = Lift(member, communityPapers, corpusPapers);
        return lift > 0 ? member.PapersInCommunity * Math.Log(lift) : double.NegativeInfinity;
    }

    private static LabelCandidate? MostDistinctive(List<LabelCandidate> candidates, int communityPapers, int corpusPapers)
    {
        var mentioned = candidates.Where(c => c.PapersInCommunity > 0).ToList();
        if (mentioned.Count == 0) return null;
        var distinctive = mentioned.Where(c => Lift(c, communityPapers, corpusPapers) > 1).ToList();
        return distinctive.Count > 0
            ? distinctive
                .OrderByDescending(c => Score(c, communityPapers, corpusPapers))
                .ThenByDescending(c => c.PapersInCommunity)
                .ThenBy(c => c.Name, StringComparer.Ordinal)
                .First()
            : mentioned
                .OrderByDescending(c => c.PapersInCommunity)
                .ThenByDescending(c => c.PageRank)
                .ThenBy(c => c.Name, StringComparer.Ordinal)
                .First();
    }

    private static string Display(LabelCandidate member) =>
        member.Type == EntityType.Task && member.Name == member.Name.ToLowerInvariant()
            ? member.Name.Transform(To.SentenceCase)
            : member.Name;
}
