namespace PaperGraph.Extraction.Results;

/// <summary>
/// Metrics named by a verb phrase around "by N", "to N" or "from A to B": the object of a change
/// verb ("reduces the perplexity gap by 67.6%", "reduces communication costs by up to 10x",
/// "accelerates training by 3x") or its subject ("the win rate on X increases from 21% to 34%").
/// </summary>
internal static class VerbPhraseBinder
{
    private const int MaxPhrase = 10;

    public static MetricBinding Bind(in ResultSentence s, int q)
    {
        var quantity = s.QuantityAt(q);
        var t = q - 1;
        var byChange = false;
        var hasPreposition = false;
        while (t >= 0 && !quantity.HasFrom)
        {
            if (s.IsWord(t, "by")) { byChange = hasPreposition = true; break; }
            if (s.IsWord(t, "to") && !s.IsWord(t - 1, "up")) { hasPreposition = true; break; }
            if (!s.Has(t, WordClass.Approx)) break;
            t--;
        }
        if (!hasPreposition && !quantity.HasFrom) return MetricBinding.None;
        if (quantity.HasFrom) t = q;
        var objectForm = Object(s, t, q, byChange);
        return objectForm.Found ? objectForm : Subject(s, t - 1, q, byChange);
    }

    // VERB [noun phrase with the metric] by|to N
    private static MetricBinding Object(in ResultSentence s, int preposition, int q, bool byChange)
    {
        var metric = -1;
        var target = -1;
        var verb = -1;
        for (var u = preposition - 1; u >= 0 && u >= preposition - MaxPhrase; u--)
        {
            var token = s.Tokens[u];
            if (token.Kind == TokenKind.Mention)
            {
                if (s.IsMention(u, EntityType.Metric)) metric = u;
                else if (s.IsTarget(u) && target < 0) target = u;
                continue;
            }
            if (token.Kind == TokenKind.Quantity) break;
            if (token.Kind == TokenKind.Punct)
            {
                if (s.IsPunct(u, '-') || s.IsPunct(u, '\'') || s.IsPunct(u, '’')) continue;
                break;
            }
            if (s.Has(u, WordClass.ChangeVerb | WordClass.SpeedVerb)) { verb = u; break; }
            if (s.Has(u, WordClass.Pronoun)) break;
        }
        if (verb < 0) return MetricBinding.None;
        var direction = MetricBinder.DirectionOf(s.ClassOf(verb), 0);
        if (metric >= 0) return new MetricBinding(s.MentionAt(metric), metric, q, target, false, byChange, direction);
        if (s.Has(verb, WordClass.SpeedVerb))
        {
            var last = s.IsWord(verb + 1, "up") ? verb + 1 : verb;
            return new MetricBinding(s.Synthetic(MetricFallbacks.Speedup, verb, last), verb, q, target, false, false, 1);
        }
        if (verb == preposition - 1) return MetricBinding.None;
        var cost = MetricFallbacks.CostEndingAt(s, preposition - 1);
        return cost.Found ? cost with { LastToken = q, TargetToken = target, ChangeCue = byChange, Direction = direction } : MetricBinding.None;
    }

    // [noun phrase with the metric] VERB by|to|from N
    private static MetricBinding Subject(in ResultSentence s, int verb, int q, bool byChange)
    {
        if (!s.IsPlainWord(verb) || !s.Has(verb, WordClass.ChangeVerb)) return MetricBinding.None;
        var target = -1;
        for (var u = verb - 1; u >= 0 && u >= verb - MaxPhrase; u--)
        {
            var token = s.Tokens[u];
            if (token.Kind == TokenKind.Mention)
            {
                if (s.IsMention(u, EntityType.Metric))
                {
                    var direction = MetricBinder.DirectionOf(s.ClassOf(verb), 0);
                    return new MetricBinding(s.MentionAt(u), u, q, target, false, byChange, direction);
                }
                if (s.IsTarget(u) && target < 0) target = u;
                continue;
            }
            if (token.Kind != TokenKind.Word) break;
            if (s.Has(u, WordClass.Pronoun | WordClass.ChangeVerb | WordClass.Be) || IsClauseWord(s, u)) break;
        }
        return MetricBinding.None;
    }

    private static bool IsClauseWord(in ResultSentence s, int u) =>
        s.IsWord(u, "and") || s.IsWord(u, "but") || s.IsWord(u, "while") || s.IsWord(u, "which") || s.IsWord(u, "that");
}
