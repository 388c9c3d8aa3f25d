namespace PaperGraph.Extraction.Results;

/// <summary>
/// Numbers written as lists: "28.2 and 33.9 BLEU" (the metric after the last applies to all),
/// "by up to 10x over LoRA and up to 5x over sparse LoRA" (a later number repeats the metric),
/// "(IS=8.81, FID=9.91) on CIFAR-10" (one dataset for the list) and "... on A and B, respectively".
/// </summary>
internal static class ResultLists
{
    public const int MaxListLength = 8;
    private const int MaxInheritDistance = 14;
    private const int MaxOtherWordsWhenInheriting = 2;

    private const WordClass ListWords = WordClass.Approx | WordClass.TargetPreposition | WordClass.Determiner
        | WordClass.CollectionWord | WordClass.Baseline;

    /// <summary>The metric of a later number in the same list, when this one has none of its own.</summary>
    public static MetricBinding Forward(in ResultSentence s, int q)
    {
        var unit = s.QuantityAt(q).Unit;
        var listed = 0;
        for (var t = q + 1; t < s.Count; t++)
        {
            if (IsSeparator(s, t) || (s.IsPlainWord(t) && s.Has(t, WordClass.Approx))) continue;
            if (!s.IsQuantity(t) || s.QuantityAt(t).Unit != unit || ++listed > MaxListLength) return MetricBinding.None;
            var binding = MetricBinder.Bind(s, t);
            if (binding.Found) return binding.FirstToken == t ? Only(binding, q) : MetricBinding.None;
        }
        return MetricBinding.None;
    }

    /// <summary>The previous result's metric, when only list words stand between the two numbers.</summary>
    public static MetricBinding Inherit(in ResultSentence s, in PendingResult previous, int q)
    {
        if (q - previous.QuantityToken > MaxInheritDistance || s.QuantityAt(previous.QuantityToken).Unit != s.QuantityAt(q).Unit)
        {
            return MetricBinding.None;
        }
        if (BoundToUnknownWord(s, q)) return MetricBinding.None;
        var other = 0;
        for (var t = Math.Max(previous.QuantityToken, previous.Binding.LastToken) + 1; t < q; t++)
        {
            var token = s.Tokens[t];
            if (token.Kind == TokenKind.Mention)
            {
                if (s.IsMention(t, EntityType.Metric)) return MetricBinding.None;
                continue;
            }
            if (token.Kind == TokenKind.Punct)
            {
                if (s.IsPunct(t, ';') || s.IsPunct(t, '.')) return MetricBinding.None;
                continue;
            }
            if (token.Kind == TokenKind.Quantity || IsClauseBreak(s, t)) return MetricBinding.None;
            if (!s.Has(t, ListWords) && !IsSeparator(s, t) && ++other > MaxOtherWordsWhenInheriting) return MetricBinding.None;
        }
        return Only(previous.Binding, q);
    }

    /// <summary>
    /// Completes results listed together: "..., respectively" zips metrics and datasets in order; otherwise
    /// the dataset found for one of them is shared, and so is the change cue of the first.
    /// </summary>
    public static void CompleteLists(in ResultSentence s, List<PendingResult> pending)
    {
        var groupStart = 0;
        for (var i = 1; i <= pending.Count; i++)
        {
            if (i < pending.Count && OnlySeparatorsBetween(s, pending[i - 1].Binding.LastToken, pending[i].Binding.FirstToken)) continue;
            RespectivelyZipper.ZipMetrics(s, pending, groupStart, i);
            if (!RespectivelyZipper.ZipTargets(s, pending, groupStart, i)) ShareOne(s, pending, groupStart, i);
            ShareChange(s, pending, groupStart, i);
            groupStart = i;
        }
    }

    private static void ShareOne(in ResultSentence s, List<PendingResult> pending, int start, int end)
    {
        var shared = -1;
        for (var k = start; k < end; k++)
        {
            var target = pending[k].TargetToken;
            if (target < 0) continue;
            if (shared >= 0 && s.MentionAt(shared).Name != s.MentionAt(target).Name) return;
            shared = target;
        }
        for (var k = start; shared >= 0 && k < end; k++)
        {
            if (pending[k].TargetToken < 0) pending[k] = pending[k] with { TargetToken = shared, TargetExtendsEvidence = false };
        }
    }

    // "outperforms X by 3.3 and 2.7 points": the cue before the first number covers the list, unless signs say otherwise.
    private static void ShareChange(in ResultSentence s, List<PendingResult> pending, int start, int end)
    {
        var change = -1;
        for (var k = start; k < end; k++)
        {
            var quantity = s.QuantityAt(pending[k].QuantityToken);
            if (quantity.Signed || quantity.HasFrom || quantity.Unit == QuantityUnit.Times) return;
            if (pending[k].IsDelta && change < 0) change = k;
        }
        for (var k = start; change >= 0 && k < end; k++)
        {
            pending[k] = pending[k] with { IsDelta = true, Direction = pending[change].Direction };
        }
    }

    // "an F1-score of 93%", "25% reduction in bias": the number has a metric of its own the mentions lack.
    private static bool BoundToUnknownWord(in ResultSentence s, int q)
    {
        var before = q - 1;
        while (before >= 0 && s.Has(before, WordClass.Approx)) before--;
        if (s.IsWord(before, "of") || s.IsPunct(before, '=') || s.IsPunct(before, ':')) return true;
        // "MultiWOZ 2.1", "FEVER 1.0": a number right after a name is part of it.
        if (s.IsPlainWord(before) && !s.Has(before, ListWords) && !IsSeparator(s, before) && !s.IsWord(before, "by")) return true;
        var after = q + 1;
        while (s.IsPlainWord(after) && s.Has(after, WordClass.FillerAfter)) after++;
        const WordClass notNouns = WordClass.WindowStop | WordClass.Baseline | WordClass.Approx | WordClass.Be | WordClass.Determiner
            | WordClass.TargetPreposition | WordClass.Pronoun;
        return s.IsPlainWord(after) && !s.Has(after, notNouns) && !s.IsWord(after, "respectively");
    }

    private static bool OnlySeparatorsBetween(in ResultSentence s, int last, int first)
    {
        for (var t = last + 1; t < first; t++)
        {
            if (!IsSeparator(s, t)) return false;
        }
        return first > last;
    }

    public static bool IsSeparator(in ResultSentence s, int t) =>
        s.IsPunct(t, ',') || s.IsPunct(t, '/') || s.IsWord(t, "and") || s.IsWord(t, "or") || s.IsWord(t, "vs")
        || s.IsWord(t, "vs.") || s.IsWord(t, "versus") || (s.IsPunct(t, '.') && s.IsWord(t - 1, "vs"));

    private static bool IsClauseBreak(in ResultSentence s, int t) =>
        s.Has(t, WordClass.Pronoun) || s.IsWord(t, "which") || s.IsWord(t, "when") || s.IsWord(t, "while")
        || s.IsWord(t, "whereas") || s.IsWord(t, "but") || s.IsWord(t, "where") || s.IsWord(t, "if");

    private static MetricBinding Only(in MetricBinding binding, int q) =>
        binding with { FirstToken = q, LastToken = q, TargetToken = -1, Strong = false };
}
