namespace PaperGraph.Extraction.Results;

/// <summary>
/// Finds the dataset or benchmark of a result: one inside its phrase ("+1.3% ImageNet top-1
/// accuracy"), "on/in/for/across [the] X" after it, "X (16.0 mR@50)" around it, or "On X, ..."
/// earlier in the sentence with no other number in between.
/// </summary>
internal static class TargetBinder
{
    private const int MaxSkippedBeforePreposition = 3;
    private const int MaxWordsAfterPreposition = 3;
    private const int MaxCollectionWords = 2;

    /// <summary>The target's token, or -1; <paramref name="extendsEvidence"/> when the raw text should reach it.</summary>
    public static int Find(in ResultSentence s, in MetricBinding binding, out bool extendsEvidence)
    {
        extendsEvidence = false;
        if (binding.TargetToken >= 0) return binding.TargetToken;
        var after = After(s, binding.LastToken, out var crossedParenthesis);
        if (after >= 0)
        {
            extendsEvidence = !crossedParenthesis;
            return after;
        }
        var around = Parenthesised(s, binding.FirstToken);
        return around >= 0 ? around : Preceding(s, binding.FirstToken);
    }

    private static int After(in ResultSentence s, int last, out bool crossedParenthesis)
    {
        crossedParenthesis = false;
        var u = last + 1;
        var skipped = 0;
        while (u < s.Count && !(s.IsPlainWord(u) && s.Has(u, WordClass.TargetPreposition)))
        {
            if (s.IsPunct(u, ')')) crossedParenthesis = true;
            else if (!s.IsPlainWord(u) || !s.Has(u, WordClass.DeltaCue | WordClass.Approx) || ++skipped > MaxSkippedBeforePreposition) return -1;
            u++;
        }
        var words = 0;
        for (var v = u + 1; v < s.Count; v++)
        {
            if (s.IsTarget(v)) return v;
            if (!s.IsPlainWord(v) || s.Has(v, WordClass.WindowStop) || ++words > MaxWordsAfterPreposition) return -1;
        }
        return -1;
    }

    // "VG150 (16.0 mR@50)", "the STL-10 dataset (IS=10.44, FID=22.18)".
    private static int Parenthesised(in ResultSentence s, int first)
    {
        var u = first - 1;
        if (!s.IsPunct(u, '(')) return -1;
        u--;
        for (var k = 0; k < MaxCollectionWords && s.IsPlainWord(u) && s.Has(u, WordClass.CollectionWord); k++) u--;
        return s.IsTarget(u) ? u : -1;
    }

    // "On ImageNet, our model reaches 80.1% top-1 accuracy".
    private static int Preceding(in ResultSentence s, int first)
    {
        for (var u = first - 1; u >= 0; u--)
        {
            if (s.IsQuantity(u) || s.IsPunct(u, ';')) return -1;
            if (!s.IsTarget(u)) continue;
            var p = u - 1;
            if (s.IsPlainWord(p) && s.Has(p, WordClass.Determiner)) p--;
            if (s.IsPlainWord(p) && s.Has(p, WordClass.TargetPreposition)) return u;
        }
        return -1;
    }
}
