namespace PaperGraph.Extraction.Results;

/// <summary>
/// Ties a quantity to its metric: a metric before it across binder words ("FID=9.91",
/// "accuracy of 92.3%", "mIoU by 1.5 points"), a metric after it across fillers ("59.5% AP",
/// "+1.3% ImageNet top-1 accuracy", "2% higher accuracy"), the recogniser's own words
/// ("3x training speed-up", "92% accuracy"), or a verb phrase ("reduces communication costs by 10x").
/// </summary>
internal static class MetricBinder
{
    private const int MaxGapBefore = 6;
    private const int MaxGapAfter = 4;

    public static MetricBinding Bind(in ResultSentence s, int q)
    {
        var before = Before(s, q);
        if (before.Found && before.Strong) return before;
        var after = After(s, q, out var afterGap);
        if (after.Found && (afterGap <= 1 || !before.Found)) return after;
        if (before.Found) return before;
        return VerbPhraseBinder.Bind(s, q);
    }

    private static MetricBinding Before(in ResultSentence s, int q)
    {
        var gap = 0;
        var target = -1;
        var strong = false;
        for (var t = q - 1; t >= 0; t--)
        {
            switch (s.Tokens[t].Kind)
            {
                case TokenKind.Mention when s.IsMention(t, EntityType.Metric):
                    return new MetricBinding(s.MentionAt(t), t, q, target, strong, false, 0);
                case TokenKind.Mention when s.IsTarget(t) && target < 0:
                    target = t;
                    if (++gap > MaxGapBefore) return MetricBinding.None;
                    continue;
                case TokenKind.Punct when s.IsPunct(t, '=') || s.IsPunct(t, ':'):
                    strong = true;
                    continue;
                case TokenKind.Punct when s.IsPunct(t, '(') || s.Has(t, WordClass.Approx):
                    continue;
                case TokenKind.Word when s.Has(t, WordClass.BinderBefore) || (s.IsWord(t, "at") && s.Has(t + 1, WordClass.Approx)):
                    if (++gap > MaxGapBefore) return MetricBinding.None;
                    continue;
                case TokenKind.Word when t < q - 1 || strong:
                    // The recogniser's own words need a binder: "accuracy of 92%", not the footnote in "accuracy 1".
                    var own = MetricFallbacks.EndingAt(s, t);
                    return own.Found ? own with { LastToken = q, TargetToken = target, Strong = strong } : MetricBinding.None;
                default:
                    return MetricBinding.None;
            }
        }
        return MetricBinding.None;
    }

    private static MetricBinding After(in ResultSentence s, int q, out int gap)
    {
        gap = 0;
        var target = -1;
        var change = false;
        var direction = 0;
        for (var t = q + 1; t < s.Count; t++)
        {
            switch (s.Tokens[t].Kind)
            {
                case TokenKind.Mention when s.IsMention(t, EntityType.Metric):
                    ReadCueAfterMetric(s, t, ref change, ref direction);
                    return new MetricBinding(s.MentionAt(t), q, t, target, false, change, direction);
                case TokenKind.Mention when s.IsTarget(t) && target < 0:
                    target = t;
                    if (++gap > MaxGapAfter) return MetricBinding.None;
                    continue;
                case TokenKind.Word:
                    var fallback = MetricFallbacks.At(s, q, t);
                    if (fallback.Found)
                    {
                        ReadCueAfterMetric(s, fallback.LastToken, ref change, ref direction);
                        return fallback with { FirstToken = q, TargetToken = target, ChangeCue = change, Direction = direction };
                    }
                    var classes = s.ClassOf(t);
                    if ((classes & WordClass.FillerAfter) == 0 || ++gap > MaxGapAfter) return MetricBinding.None;
                    if ((classes & WordClass.DeltaCue) != 0) change = true;
                    direction = DirectionOf(classes, direction);
                    continue;
                default:
                    return MetricBinding.None;
            }
        }
        return MetricBinding.None;
    }

    // "4.0% top-1 accuracy improvement", "70% cost reduction".
    private static void ReadCueAfterMetric(in ResultSentence s, int metric, ref bool change, ref int direction)
    {
        var classes = s.ClassOf(metric + 1);
        if ((classes & WordClass.DeltaCue) == 0 || !s.IsPlainWord(metric + 1)) return;
        change = true;
        direction = DirectionOf(classes, direction);
    }

    public static int DirectionOf(WordClass classes, int current) =>
        (classes & WordClass.Up) != 0 ? 1 : (classes & WordClass.Down) != 0 ? -1 : current;
}
