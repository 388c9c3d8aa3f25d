namespace PaperGraph.Extraction.Results;

/// <summary>
/// Credits a result to a method: a method inside the result's own phrase ("the pass@1 of X on
/// HumanEval rises"), else the nearest method mention before it that is the subject, not a
/// baseline ("over vanilla X", "than X"), a component ("A with B", "X backbone") or a starting
/// point ("X can be improved to"). "we"/"our" or no subject at all credit the proposed method.
/// </summary>
internal static class MethodBinder
{
    private const int BaselineReach = 4;

    public static string? Find(in ResultSentence s, int first, int q, string? proposed)
    {
        for (var u = first + 1; u < q; u++)
        {
            if (s.IsMention(u, EntityType.Method) && !IsBaseline(s, u, q, insidePhrase: true)) return s.MentionAt(u).Name;
        }
        for (var u = first - 1; u >= 0; u--)
        {
            if (s.IsPlainWord(u) && s.Has(u, WordClass.Pronoun)) return proposed;
            if (s.IsMention(u, EntityType.Method) && !IsBaseline(s, u, q, insidePhrase: false)) return s.MentionAt(u).Name;
        }
        return proposed;
    }

    private static bool IsBaseline(in ResultSentence s, int method, int q, bool insidePhrase)
    {
        var p = method - 1;
        if (s.IsPlainWord(p) && s.Has(p, WordClass.Determiner)) p--;
        if (s.IsPlainWord(p) && s.Has(p, WordClass.NonSubject) && !(insidePhrase && s.IsWord(p, "of"))) return true;
        if (s.IsWord(p, "with") && s.IsMention(p - 1, EntityType.Method)) return true;
        for (var k = method - 1; k >= 0 && k >= method - BaselineReach && s.IsPlainWord(k); k--)
        {
            if (s.Has(k, WordClass.Baseline)) return true;
        }
        if (s.IsPlainWord(method + 1) && s.Has(method + 1, WordClass.NonSubjectAfter)) return true;
        for (var k = method + 1; k < q - 1; k++)
        {
            if (s.IsPlainWord(k) && s.Has(k, WordClass.Be) && s.IsPlainWord(k + 1) && s.Has(k + 1, WordClass.PassiveGain)) return true;
        }
        return false;
    }
}
