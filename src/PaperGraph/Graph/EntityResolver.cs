using PaperGraph.Extraction.Canonicalization;

namespace PaperGraph.Graph;

/// <summary>
/// Canonicalises entities across papers. The unit is the extractor's (type, key) pair, split first where
/// papers defined one key with unrelated long forms (<see cref="LongFormSplitter"/>); pairs are then
/// merged in three steps, each recording why (docs/graph-model.md, "Cross-paper canonicalisation"):
/// (1) keys of one type that fold to the same form (case, hyphens, spaces, plural "s");
/// (2) anchored groups, those with an acronym definition or lexicon alias, that name each other;
/// (3) every other group joins the one group that names it in most papers (ties: the ordinally
/// smallest key). Anchored groups never join through step 3, so an acronym with two long forms
/// (SAM) keeps both, and its bare short form goes to the more frequent one.
/// </summary>
internal sealed class EntityResolver(StringPool pool)
{
    private readonly Dictionary<(EntityType Type, string Key, string LongForm), int> index = [];
    private readonly List<KeyNode> nodes = [];

    /// <summary>Records one paper's entity and returns the index of its key node.</summary>
    public int Observe(int paper, EntityType type, string key, string name, IReadOnlyList<Alias> aliases)
    {
        var longFormText = LongFormOf(name, aliases);
        var longForm = longFormText is null ? "" : NameFolder.Fold(longFormText);
        if (!index.TryGetValue((type, key, longForm), out var i))
        {
            i = nodes.Count;
            var interned = pool.Intern(key);
            nodes.Add(new KeyNode(type, interned, longForm.Length == 0 ? "" : pool.Intern(longForm)));
            index.Add((type, interned, nodes[i].LongForm), i);
        }
        nodes[i].Observe(paper, name, aliases, longForm.Length == 0 ? null : longFormText, pool);
        return i;
    }

    public EntityResolution Resolve()
    {
        LongFormSplitter.Split(nodes);
        var n = nodes.Count;
        var folds = new string[n];
        for (var i = 0; i < n; i++)
        {
            var fold = NameFolder.Fold(nodes[i].IdKey, plural: false);
            folds[i] = fold.Length > 0 ? fold : nodes[i].IdKey;
        }

        var sets = new DisjointSets(n);
        var byFold = new Dictionary<(EntityType, string), int>();
        for (var i = 0; i < n; i++)
        {
            if (byFold.TryGetValue((nodes[i].Type, folds[i]), out var first)) sets.Union(first, i);
            else byFold.Add((nodes[i].Type, folds[i]), i);
        }
        // A key written in the plural by its own papers ("GANs" keyed "gans") joins its singular.
        for (var i = 0; i < n; i++)
        {
            foreach (var (name, _) in nodes[i].Names)
            {
                if (NameFolder.Fold(name, plural: false) != folds[i]) continue;
                var singular = NameFolder.Fold(name);
                if (singular != folds[i] && byFold.TryGetValue((nodes[i].Type, singular), out var j)) sets.Union(i, j);
            }
        }

        var anchored = new bool[n];
        for (var i = 0; i < n; i++)
        {
            if (nodes[i].Anchored) anchored[sets.Find(i)] = true;
        }
        var claims = CollectClaims(folds, byFold, sets);

        foreach (var ((from, to), _) in claims)
        {
            if (anchored[from] && anchored[to] && claims.ContainsKey((to, from))) sets.Union(from, to);
        }

        var groupBefore = new int[n];
        for (var i = 0; i < n; i++) groupBefore[i] = sets.Find(i);
        var joinReason = AbsorbUnanchored(claims, anchored, sets);
        return Assemble(sets, groupBefore, joinReason);
    }

    private Dictionary<(int From, int To), ClaimTally> CollectClaims(
        string[] folds, Dictionary<(EntityType, string), int> byFold, DisjointSets sets)
    {
        var claims = new Dictionary<(int, int), ClaimTally>();
        void Claim(int from, EntityType type, string name, MergeReason reason, int count)
        {
            // The extractor's own key for the name first: what it would have keyed that name as in another paper.
            if (!byFold.TryGetValue((type, NameNormalizer.Key(name)), out var target)
                && !byFold.TryGetValue((type, NameFolder.Fold(name)), out target)
                && !byFold.TryGetValue((type, NameFolder.Fold(name, plural: false)), out target))
            {
                return;
            }
            var to = sets.Find(target);
            if (to == from) return;
            if (!claims.TryGetValue((from, to), out var tally)) claims.Add((from, to), tally = new ClaimTally());
            tally.Add(reason, count);
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var from = sets.Find(i);
            foreach (var (name, reason, count) in node.Aliases) Claim(from, node.Type, name, reason, count);
            foreach (var (name, count) in node.Names)
            {
                // A name that folds unlike its own key was given that key by the extractor's lexicon.
                if (NameFolder.Fold(name, plural: false) != folds[i]) Claim(from, node.Type, name, MergeReason.LexiconAlias, count);
            }
        }
        return claims;
    }

    /// <summary>Step 3; returns, per group root before the step, the reason it joined another group.</summary>
    private Dictionary<int, MergeReason> AbsorbUnanchored(
        Dictionary<(int From, int To), ClaimTally> claims, bool[] anchored, DisjointSets sets)
    {
        var leader = Leaders(sets);
        var offers = new Dictionary<(int Target, int Claimant), ClaimTally>();
        foreach (var ((from, to), tally) in claims)
        {
            if (anchored[to]) continue;
            var claimant = sets.Find(from);
            if (claimant == to) continue;
            if (!offers.TryGetValue((to, claimant), out var sum)) offers.Add((to, claimant), sum = new ClaimTally());
            sum.Add(tally);
        }

        var best = new Dictionary<int, (int Claimant, ClaimTally Tally)>();
        foreach (var ((target, claimant), tally) in offers)
        {
            if (!best.TryGetValue(target, out var current) || Beats(tally, claimant, current.Tally, current.Claimant, leader))
            {
                best[target] = (claimant, tally);
            }
        }

        var joined = new Dictionary<int, MergeReason>();
        foreach (var (target, (claimant, tally)) in best)
        {
            joined[target] = tally.Reason;
            sets.Union(target, claimant);
        }
        return joined;
    }

    private bool Beats(ClaimTally tally, int claimant, ClaimTally other, int otherClaimant, Dictionary<int, int> leader)
    {
        if (tally.Total != other.Total) return tally.Total > other.Total;
        return string.CompareOrdinal(nodes[leader[claimant]].IdKey, nodes[leader[otherClaimant]].IdKey) < 0;
    }

    /// <summary>The node that gives each current group its id: anchored first, then most papers, then the ordinally smallest key.</summary>
    private Dictionary<int, int> Leaders(DisjointSets sets)
    {
        var leader = new Dictionary<int, int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var root = sets.Find(i);
            if (!leader.TryGetValue(root, out var current) || Leads(i, current)) leader[root] = i;
        }
        return leader;
    }

    private bool Leads(int a, int b)
    {
        var x = nodes[a];
        var y = nodes[b];
        if (x.Anchored != y.Anchored) return x.Anchored;
        if (x.Papers != y.Papers) return x.Papers > y.Papers;
        return string.CompareOrdinal(x.IdKey, y.IdKey) < 0;
    }

    /// <summary>
    /// The long side of the acronym definition an entity carries: the longest of its name and its
    /// acronym aliases, or null when it carries none.
    /// </summary>
    private static string? LongFormOf(string name, IReadOnlyList<Alias> aliases)
    {
        string? longest = null;
        var shortest = name;
        foreach (var alias in aliases)
        {
            if (alias.Reason != MergeReason.AcronymDefinition) continue;
            longest ??= name;
            if (alias.Name.Length > longest.Length) longest = alias.Name;
            if (alias.Name.Length < shortest.Length) shortest = alias.Name;
        }
        return longest is not null && longest.Length > shortest.Length ? longest : null;
    }

    private EntityResolution Assemble(DisjointSets sets, int[] groupBefore, Dictionary<int, MergeReason> joinReason)
    {
        var n = nodes.Count;
        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < n; i++)
        {
            var root = sets.Find(i);
            if (!members.TryGetValue(root, out var list)) members.Add(root, list = []);
            list.Add(i);
        }

        var entities = new List<(ResolvedEntity Entity, List<int> Members)>(members.Count);
        foreach (var (_, list) in members) entities.Add((Describe(list, groupBefore, joinReason), list));
        entities.Sort((a, b) => a.Entity.Id.CompareTo(b.Entity.Id));

        var entityOfKey = new int[n];
        for (var e = 0; e < entities.Count; e++)
        {
            foreach (var i in entities[e].Members) entityOfKey[i] = e;
        }
        return new EntityResolution([.. entities.Select(e => e.Entity)], entityOfKey);
    }

    private ResolvedEntity Describe(List<int> members, int[] groupBefore, Dictionary<int, MergeReason> joinReason)
    {
        var leader = members[0];
        foreach (var i in members)
        {
            if (Leads(i, leader)) leader = i;
        }

        var joinedNames = new Dictionary<string, MergeReason?>(StringComparer.Ordinal);
        var aliasReasons = new Dictionary<string, ClaimTally>(StringComparer.Ordinal);
        foreach (var i in members)
        {
            var node = nodes[i];
            var joined = joinReason.TryGetValue(groupBefore[i], out var r) ? r : (MergeReason?)null;
            foreach (var (name, _) in node.Names)
            {
                if (joined is not { } reason) joinedNames.TryAdd(name, null);
                else if (!joinedNames.TryGetValue(name, out var had) || had is null || Ranks(reason, had.Value)) joinedNames[name] = reason;
            }
            foreach (var (name, reason, count) in node.Aliases)
            {
                if (!aliasReasons.TryGetValue(name, out var tally)) aliasReasons.Add(name, tally = new ClaimTally());
                tally.Add(reason, count);
            }
        }
        var display = CanonicalName.Choose(members.Select(i => nodes[i])) ?? nodes[leader].IdKey;
        var displayFold = NameFolder.Fold(display);

        var aliases = new List<Alias>();
        foreach (var name in aliasReasons.Keys.Union(joinedNames.Keys, StringComparer.Ordinal))
        {
            if (string.Equals(name, display, StringComparison.Ordinal)) continue;
            MergeReason reason;
            if (aliasReasons.TryGetValue(name, out var tally)) reason = tally.Reason;
            else if (NameFolder.Fold(name) == displayFold) reason = MergeReason.SurfaceVariant;
            else reason = joinedNames[name] ?? MergeReason.LexiconAlias;
            aliases.Add(new Alias(name, reason));
        }
        aliases.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var type = nodes[leader].Type;
        return new ResolvedEntity(EntityId.Of(type, nodes[leader].IdKey), type, display, aliases);
    }

    private static bool Ranks(MergeReason a, MergeReason b) =>
        Array.IndexOf(ClaimTally.Priority, a) < Array.IndexOf(ClaimTally.Priority, b);
}
