namespace PaperGraph.Extraction.Results;

/// <summary>
/// Decides whether a bound quantity is a change ("+1.3%", "by 2.3 BLEU", "2% higher",
/// "an improvement of 3 points", "1.3 pp") or a level, and the direction the text states.
/// Multipliers stay levels: "a 3x speed-up" is a ratio, not a difference.
/// </summary>
internal static class DeltaReader
{
    private const int MaxVerbDistance = 10;

    public static (bool IsDelta, int Direction) Read(in ResultSentence s, int q, in MetricBinding binding)
    {
        var quantity = s.QuantityAt(q);
        if (quantity.HasFrom || quantity.Unit == QuantityUnit.Times) return (false, 0);
        if (quantity.Signed) return (true, quantity.Value < 0 ? -1 : 1);
        var isDelta = quantity.PercentagePoints || binding.ChangeCue;
        var direction = binding.Direction;
        var t = q - 1;
        // "improves to 83.8%" names the level reached; "improves up to 5%" is still a change.
        while (t >= 0 && s.Has(t, WordClass.Approx) && !s.IsWord(t, "by") && !(s.IsWord(t, "to") && !s.IsWord(t - 1, "up"))) t--;
        if (s.IsPlainWord(t) && s.Has(t, WordClass.ChangeVerb) && !s.Has(t, WordClass.Baseline))
        {
            isDelta = true;
            if (direction == 0) direction = MetricBinder.DirectionOf(s.ClassOf(t), 0);
        }
        else if (s.IsWord(t, "by"))
        {
            isDelta = true;
            if (direction == 0) direction = VerbDirectionBefore(s, t);
        }
        else if (s.IsWord(t, "of") && s.IsPlainWord(t - 1) && s.Has(t - 1, WordClass.DeltaCue))
        {
            isDelta = true;
            if (direction == 0) direction = MetricBinder.DirectionOf(s.ClassOf(t - 1), 0);
        }
        var next = s.ClassOf(q + 1);
        if (s.IsPlainWord(q + 1) && (next & WordClass.DeltaCue) != 0)
        {
            isDelta = true;
            if (direction == 0) direction = MetricBinder.DirectionOf(next, 0);
        }
        return (isDelta, isDelta ? direction : 0);
    }

    private static int VerbDirectionBefore(in ResultSentence s, int by)
    {
        for (var u = by - 1; u >= 0 && u >= by - MaxVerbDistance; u--)
        {
            if (s.Tokens[u].Kind == TokenKind.Punct && !s.IsPunct(u, '-')) return 0;
            if (s.IsPlainWord(u) && s.Has(u, WordClass.ChangeVerb | WordClass.SpeedVerb))
            {
                return MetricBinder.DirectionOf(s.ClassOf(u), 0);
            }
        }
        return 0;
    }
}
