namespace PaperGraph.Extraction;

/// <summary>
/// What the recognisers found in one paper: candidates (overlapping freely; resolved later) and
/// acronym definitions. Owned by one extraction call, so it needs no locking.
/// </summary>
internal sealed class CandidateSet
{
    private readonly List<Candidate> items = new(48);
    private readonly List<AcronymLink> links = [];

    public IReadOnlyList<Candidate> Items => items;

    public IReadOnlyList<AcronymLink> Links => links;

    public void Add(Candidate candidate) => items.Add(candidate);

    public void Link(AcronymLink link)
    {
        if (!links.Contains(link)) links.Add(link);
    }

    public void Replace(int index, Candidate candidate) => items[index] = candidate;

    public void RemoveAll(Predicate<Candidate> match) => items.RemoveAll(match);

    /// <summary>The strongest candidate whose span contains <paramref name="span"/>, longest first; null when none.</summary>
    public Candidate? Covering(TextSpan span)
    {
        Candidate? best = null;
        foreach (var c in items)
        {
            if (!c.Span.Contains(span)) continue;
            if (best is null || c.Evidence > best.Evidence || (c.Evidence == best.Evidence && c.Span.Length > best.Span.Length)) best = c;
        }
        return best;
    }

    /// <summary>The strongest candidate overlapping <paramref name="span"/>; null when none.</summary>
    public Candidate? Overlapping(TextSpan span)
    {
        Candidate? best = null;
        foreach (var c in items)
        {
            if (!c.Span.Overlaps(span)) continue;
            if (best is null || c.Evidence > best.Evidence || (c.Evidence == best.Evidence && c.Span.Length > best.Span.Length)) best = c;
        }
        return best;
    }

    public bool HasExact(TextSpan span, MentionOrigin origin)
    {
        foreach (var c in items) if (c.Span == span && c.Origin == origin) return true;
        return false;
    }
}
