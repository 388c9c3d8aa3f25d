namespace PaperGraph.Extraction.Roles;

/// <summary>
/// Whether the paper introduces an entity: a proposal cue on any of its mentions ("we propose X",
/// "namely X", "our X", a name before the title's colon), or a mention that is the whole title
/// ("Cyclical Curriculum Learning"). Metrics and tasks are never proposed.
/// </summary>
internal static class RoleAssigner
{
    public static MentionRole Assign(EntityType type, IEnumerable<Candidate> candidates, AnalyzedPaper paper)
    {
        if (type is EntityType.Metric or EntityType.Task) return MentionRole.Used;
        foreach (var c in candidates)
        {
            if (c.Proposed) return MentionRole.Proposed;
            if (c.Span.Field == TextField.Title && c.Origin != MentionOrigin.Lexicon && IsWholeTitle(paper.Title.Text, c.Span)) return MentionRole.Proposed;
        }
        return MentionRole.Used;
    }

    private static bool IsWholeTitle(string title, TextSpan span)
    {
        for (var i = 0; i < span.Start; i++) if (!char.IsWhiteSpace(title[i])) return false;
        for (var i = span.End; i < title.Length; i++) if (char.IsLetterOrDigit(title[i])) return false;
        return true;
    }
}
