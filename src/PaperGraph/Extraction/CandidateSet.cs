using PaperGraph.Extraction.Acronyms;

namespace PaperGraph.Extraction;

/// <summary>
/// What the recognisers found in one paper: candidates (overlapping freely; resolved later), acronym
/// links, named descriptions, definitions waiting for confirmation and short forms the paper gave a non-entity reading
/// ("anterior cingulate cortex (ACC)"). Owned by one extraction call, so it needs no locking.
/// </summary>
internal sealed class CandidateSet
{
    private readonly List<Candidate> items = new(48);
    private readonly List<AcronymLink> links = [];
    private List<NamingLink>? namings;
    private List<AcronymDefinition>? deferred;
    private List<string>? blocked;

    public IReadOnlyList<Candidate> Items => items;

    public IReadOnlyList<AcronymLink> Links => links;

    public void Add(Candidate candidate) => items.Add(candidate);

    public void Link(AcronymLink link)
    {
        if (!links.Contains(link)) links.Add(link);
    }

    /// <summary>Descriptions named by a naming word ("X, namely Y"): each is an alias of its name.</summary>
    public IReadOnlyList<NamingLink> Namings => (IReadOnlyList<NamingLink>?)namings ?? [];

    public void Name(NamingLink link)
    {
        if (!(namings ??= []).Contains(link)) namings.Add(link);
    }

    public void RemoveAll(Predicate<Candidate> match) => items.RemoveAll(match);

    /// <summary>Definitions whose long form did not look like a name; another recogniser may still find it.</summary>
    public IReadOnlyList<AcronymDefinition> Deferred => (IReadOnlyList<AcronymDefinition>?)deferred ?? [];

    /// <summary>Short forms that name no entity in this paper, whatever the lexicon or their shape says.</summary>
    public IReadOnlyList<string> Blocked => (IReadOnlyList<string>?)blocked ?? [];

    public void Defer(AcronymDefinition definition) => (deferred ??= []).Add(definition);

    public void Block(string shortForm)
    {
        if (!(blocked ??= []).Contains(shortForm)) blocked.Add(shortForm);
    }

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
