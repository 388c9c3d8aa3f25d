namespace PaperGraph.Extraction.Canonicalization;

/// <summary>
/// Chooses one reading where candidates overlap: the longest, most specific span wins
/// ("DINO-Deformable-DETR" over "DETR", "unconditional image generation" over "image generation"),
/// then the stronger evidence, then the earlier start; but an acronym's long form keeps its start.
/// Candidates with exactly the winner's span are kept beside it, so their types and proposal flags still count.
/// </summary>
internal static class OverlapResolver
{
    /// <summary>The accepted spans, in text order, each with every candidate that proposed it.</summary>
    public static List<List<Candidate>> Resolve(IReadOnlyList<Candidate> candidates)
    {
        var order = new List<Candidate>(candidates.Count);
        foreach (var c in candidates) if (!ExtendsLongFormLeftward(c, candidates)) order.Add(c);
        order.Sort(CompareForSelection);
        var accepted = new List<List<Candidate>>();
        foreach (var c in order)
        {
            var clash = false;
            foreach (var group in accepted)
            {
                var span = group[0].Span;
                if (span == c.Span) { group.Add(c); clash = true; break; }
                if (span.Overlaps(c.Span)) { clash = true; break; }
            }
            if (!clash) accepted.Add([c]);
        }
        accepted.Sort((a, b) => ComparePosition(a[0].Span, b[0].Span));
        return accepted;
    }

    // An acronym fixes where its long form starts: "long chain-of-thought (CoT)" names chain-of-thought,
    // so a candidate that only adds words before a long form gives way to it.
    private static bool ExtendsLongFormLeftward(Candidate c, IReadOnlyList<Candidate> all)
    {
        var extends = false;
        foreach (var other in all)
        {
            if (!other.LongForm || other.Span.End != c.Span.End || other.Span.Field != c.Span.Field) continue;
            if (other.Span.Start == c.Span.Start) return false;
            if (other.Span.Start > c.Span.Start) extends = true;
        }
        return extends;
    }

    private static int CompareForSelection(Candidate a, Candidate b)
    {
        var c = b.Span.Length.CompareTo(a.Span.Length);
        if (c != 0) return c;
        c = b.Evidence.CompareTo(a.Evidence);
        if (c != 0) return c;
        c = a.DefaultType.CompareTo(b.DefaultType);
        if (c != 0) return c;
        c = ComparePosition(a.Span, b.Span);
        if (c != 0) return c;
        c = a.Type.CompareTo(b.Type);
        return c != 0 ? c : a.Origin.CompareTo(b.Origin);
    }

    private static int ComparePosition(TextSpan a, TextSpan b)
    {
        var c = a.Field.CompareTo(b.Field);
        return c != 0 ? c : a.Start.CompareTo(b.Start);
    }
}
