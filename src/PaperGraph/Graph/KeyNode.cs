namespace PaperGraph.Graph;

/// <summary>
/// Everything the corpus says about one (type, key, long form) before resolution: in how many papers
/// it occurs, the names papers gave it and the aliases they merged into it, each with a paper count.
/// The long form is the folded long side of the acronym definition the papers gave with the key ("" for
/// none), kept apart so that a key the extractor gave to two different expansions can be split.
/// Most keys occur in one paper under one name, so the tallies start inline and grow only when needed.
/// </summary>
internal sealed class KeyNode(EntityType type, string key, string longForm)
{
    private int lastPaper = -1;
    private string? firstName;
    private int firstNameCount;
    private Dictionary<string, int>? otherNames;
    private Dictionary<(string Name, MergeReason Reason), int>? aliases;

    public EntityType Type { get; } = type;

    public string Key { get; } = key;

    public string LongForm { get; } = longForm;

    /// <summary>The long form as written (the ordinally first spelling seen), for comparing words.</summary>
    public string? LongFormText { get; private set; }

    /// <summary>The key the entity id is made from: the extractor's, unless resolution split this long form off.</summary>
    public string IdKey { get; set; } = key;

    public int Papers { get; private set; }

    /// <summary>Carries an acronym definition, a named description or a lexicon alias somewhere: it has an identity of its own.</summary>
    public bool Anchored { get; private set; }

    public void Observe(int paper, string name, IReadOnlyList<Alias> merged, string? longFormText, StringPool pool)
    {
        if (longFormText is not null && (LongFormText is null || string.CompareOrdinal(longFormText, LongFormText) < 0))
        {
            LongFormText = pool.Intern(longFormText);
        }
        var newPaper = paper != lastPaper;
        if (newPaper)
        {
            Papers++;
            lastPaper = paper;
        }
        AddName(pool.Intern(name));
        foreach (var alias in merged)
        {
            if (string.IsNullOrWhiteSpace(alias.Name)) continue;
            aliases ??= [];
            var k = (pool.Intern(alias.Name), alias.Reason);
            aliases[k] = aliases.GetValueOrDefault(k) + 1;
            if (alias.Reason is MergeReason.AcronymDefinition or MergeReason.Naming or MergeReason.LexiconAlias) Anchored = true;
        }
    }

    public IEnumerable<(string Name, int Count)> Names
    {
        get
        {
            if (firstName is null) yield break;
            yield return (firstName, firstNameCount);
            if (otherNames is null) yield break;
            foreach (var (name, count) in otherNames) yield return (name, count);
        }
    }

    public IEnumerable<(string Name, MergeReason Reason, int Count)> Aliases
    {
        get
        {
            if (aliases is null) yield break;
            foreach (var ((name, reason), count) in aliases) yield return (name, reason, count);
        }
    }

    private void AddName(string name)
    {
        if (firstName is null) { firstName = name; firstNameCount = 1; return; }
        if (string.Equals(firstName, name, StringComparison.Ordinal)) { firstNameCount++; return; }
        otherNames ??= new(StringComparer.Ordinal);
        otherNames[name] = otherNames.GetValueOrDefault(name) + 1;
    }
}
