namespace PaperGraph.Extraction.Results;

/// <summary>
/// Pairs a list of numbers with a list of metrics or datasets in order when the sentence says
/// "respectively": "5.7% and 7.2% improvements in accuracy and F1, respectively", "improves AP
/// and AR by 2.1 and 3.4, respectively", "28.2 and 33.9 BLEU on WMT14 and WMT16, respectively".
/// </summary>
internal static class RespectivelyZipper
{
    private const int MaxReach = 14;

    public static void ZipMetrics(in ResultSentence s, List<PendingResult> pending, int start, int end)
    {
        var count = end - start;
        if (count < 2 || !RespectivelyFollows(s, pending[end - 1].Binding.LastToken)) return;
        Span<int> metrics = stackalloc int[ResultLists.MaxListLength];
        var found = MetricsFrom(s, pending[end - 1].Binding.LastToken, +1, metrics);
        if (found != count) found = MetricsFrom(s, pending[start].Binding.FirstToken, -1, metrics);
        if (found != count) return;
        for (var k = 0; k < count; k++)
        {
            var p = pending[start + k];
            var binding = p.Binding with
            {
                Metric = s.MentionAt(metrics[k]),
                FirstToken = Math.Min(p.Binding.FirstToken, metrics[k]),
                LastToken = Math.Max(p.Binding.LastToken, metrics[k]),
            };
            pending[start + k] = p with { Binding = binding };
        }
    }

    public static bool ZipTargets(in ResultSentence s, List<PendingResult> pending, int start, int end)
    {
        var count = end - start;
        if (count < 2) return false;
        Span<int> targets = stackalloc int[ResultLists.MaxListLength];
        var found = 0;
        for (var t = pending[end - 1].Binding.LastToken + 1; t < s.Count && !s.IsQuantity(t); t++)
        {
            if (s.IsWord(t, "respectively"))
            {
                if (found != count) return false;
                for (var k = 0; k < count; k++)
                {
                    pending[start + k] = pending[start + k] with { TargetToken = targets[k], TargetExtendsEvidence = false };
                }
                return true;
            }
            if (!s.IsTarget(t)) continue;
            if (found == targets.Length) return false;
            targets[found++] = t;
        }
        return false;
    }

    // Metric mentions joined by separators, starting at a metric token and reading in one direction; in text order.
    private static int MetricsFrom(in ResultSentence s, int first, int step, Span<int> metrics)
    {
        if (!s.IsMention(first, EntityType.Metric)) return 0;
        var found = 0;
        for (var t = first; t >= 0 && t < s.Count; t += step)
        {
            if (s.IsMention(t, EntityType.Metric))
            {
                if (found == metrics.Length) return 0;
                metrics[found++] = t;
            }
            else if (!ResultLists.IsSeparator(s, t)) break;
        }
        if (step < 0) metrics[..found].Reverse();
        return found;
    }

    private static bool RespectivelyFollows(in ResultSentence s, int last)
    {
        for (var t = last + 1; t < s.Count && t <= last + MaxReach && !s.IsQuantity(t); t++)
        {
            if (s.IsWord(t, "respectively")) return true;
            if (s.IsPunct(t, ';') || s.IsPunct(t, '.')) return false;
        }
        return false;
    }
}
