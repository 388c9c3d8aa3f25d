namespace PaperGraph.Extraction.Results;

/// <summary>
/// The recogniser's own metric words, for when the sentence's metric is not among the mentions:
/// "3x training speed-up" and "2.5 times faster" (speedup), "92% accuracy", "top-1 accuracy",
/// cost heads with one modifier ("communication costs", "GPU memory", "FLOPs") and scores
/// with a modifier ("weighted score").
/// </summary>
internal static class MetricFallbacks
{
    public const string Speedup = "speedup";
    private const int MaxSpeedModifiers = 2;

    /// <summary>A metric starting at word token <paramref name="t"/> after the quantity token, as a binding over its own tokens.</summary>
    public static MetricBinding At(in ResultSentence s, int quantity, int t)
    {
        for (var k = 0; k <= MaxSpeedModifiers; k++)
        {
            var u = t + k;
            if (!s.IsPlainWord(u)) break;
            if (s.Has(u, WordClass.Speed)) return Binding(s.Synthetic(Speedup, u, u), t, u);
            if (!IsModifier(s, u)) break;
        }
        if (s.Has(t, WordClass.TopK) && s.Has(t + 1, WordClass.Accuracy) && s.IsPlainWord(t + 1))
        {
            return Binding(s.Synthetic(TopKName(s.TextOf(t)), t, t + 1), t, t + 1);
        }
        if (s.Has(t, WordClass.Accuracy)) return Binding(s.Synthetic("accuracy", t, t), t, t);
        if (IsModifier(s, t) && s.IsPlainWord(t + 1) && s.Has(t + 1, WordClass.ScoreHead))
        {
            return Binding(s.Synthetic(s.Slice(t, t + 1), t, t + 1), t, t + 1);
        }
        // Costs only follow a ratio or a percentage: "4x less memory", "51% training cost"; a bare count
        // before "time" is "1 time step" or "84 time series".
        if (s.QuantityAt(quantity).Unit == QuantityUnit.None) return MetricBinding.None;
        var head = s.Has(t, WordClass.CostHead) || IsModifier(s, t) ? t + 1 : -1;
        if (head < 0 || !s.IsPlainWord(head) || !s.Has(head, WordClass.CostHead))
        {
            return s.IsPlainWord(t) && s.Has(t, WordClass.CostHead) ? Binding(s.Synthetic(s.Slice(t, t), t, t), t, t) : MetricBinding.None;
        }
        return Binding(s.Synthetic(s.Slice(t, head), t, head), t, head);
    }

    /// <summary>
    /// A metric of the recogniser's own at word token <paramref name="t"/> before a number: "accuracy of",
    /// "speed-up of", "similarity score of". Costs are left to verb phrases: "a limited cost of 0.05" is no result.
    /// </summary>
    public static MetricBinding EndingAt(in ResultSentence s, int t)
    {
        if (!s.IsPlainWord(t)) return MetricBinding.None;
        // "speed" and "faster" before a number name a rate or a comparison ("speed at 17 ms"), not a speed-up.
        if (s.Has(t, WordClass.Speed) && !s.Has(t, WordClass.Up) && !s.IsWord(t, "speed"))
        {
            return Binding(s.Synthetic(Speedup, t, t), t, t);
        }
        if (s.Has(t, WordClass.Accuracy))
        {
            return s.IsPlainWord(t - 1) && s.Has(t - 1, WordClass.TopK)
                ? Binding(s.Synthetic(TopKName(s.TextOf(t - 1)), t - 1, t), t - 1, t)
                : Binding(s.Synthetic("accuracy", t, t), t, t);
        }
        if (IsModifier(s, t) && s.IsPlainWord(t + 1) && s.Has(t + 1, WordClass.ScoreHead))
        {
            return Binding(s.Synthetic(s.Slice(t, t + 1), t, t + 1), t, t + 1);
        }
        return MetricBinding.None;
    }

    /// <summary>A cost named by the last words of a noun phrase ending at <paramref name="head"/>: "training costs".</summary>
    public static MetricBinding CostEndingAt(in ResultSentence s, int head)
    {
        if (!s.IsPlainWord(head) || !s.Has(head, WordClass.CostHead)) return MetricBinding.None;
        var first = IsModifier(s, head - 1) ? head - 1 : head;
        return Binding(s.Synthetic(s.Slice(first, head), first, head), first, head);
    }

    // A plain word that can qualify a metric head: "training", "communication", "wall-clock".
    private static bool IsModifier(in ResultSentence s, int t)
    {
        const WordClass notModifiers = WordClass.FillerAfter | WordClass.Determiner | WordClass.WindowStop | WordClass.BinderBefore
            | WordClass.Approx | WordClass.CountNoun | WordClass.ChangeVerb | WordClass.Pronoun | WordClass.Be | WordClass.NonSubject;
        if (!s.IsPlainWord(t) || (s.ClassOf(t) & notModifiers) != 0) return false;
        foreach (var c in s.TextOf(t))
        {
            if (!char.IsLetter(c) && c != '-') return false;
        }
        return true;
    }

    private static string TopKName(ReadOnlySpan<char> word) => word[^1] switch
    {
        '5' => "top-5 accuracy",
        _ => "top-1 accuracy",
    };

    private static MetricBinding Binding(NamedSpan metric, int first, int last) => new(metric, first, last, -1, false, false, 0);
}
