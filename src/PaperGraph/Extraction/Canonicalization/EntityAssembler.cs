using PaperGraph.Extraction.Roles;

namespace PaperGraph.Extraction.Canonicalization;

/// <summary>
/// Turns resolved mentions into a paper's entities. Mentions meet on the key of their key name (the
/// lexicon's canonical name, an acronym's long form, a split's dataset, else the surface), so case,
/// hyphen, space and plural variants, acronym pairs, lexicon aliases and splits all fold into one
/// entity; a named description ("X, namely Y") meets its name. Its type is the best-supported one (explicit over default, then evidence); its name the
/// fullest form written (a long form over its acronym, then more words, then the most frequent, then
/// the first); every other surface becomes an alias with the reason it was merged.
/// </summary>
internal static class EntityAssembler
{
    public static List<ExtractedEntity> Assemble(AnalyzedPaper paper, List<List<Candidate>> mentions, IReadOnlyList<AcronymLink> links,
        IReadOnlyList<NamingLink> namings)
    {
        var drafts = new Dictionary<string, EntityDraft>(StringComparer.Ordinal);
        var order = new List<EntityDraft>();
        var named = NamedKeys(paper, mentions, namings);
        foreach (var group in mentions)
        {
            var key = KeyOf(paper, group[0]);
            if (key.Length == 0) continue;
            if (named is not null && named.TryGetValue(key, out var nameKey)) key = nameKey;
            if (!drafts.TryGetValue(key, out var draft))
            {
                draft = new EntityDraft(key);
                drafts.Add(key, draft);
                order.Add(draft);
            }
            draft.Mentions.Add(group);
        }
        var entities = new List<ExtractedEntity>(order.Count);
        foreach (var draft in order) entities.Add(Build(paper, draft, links, named));
        entities.Sort(CompareEntities);
        return entities;
    }

    private static string KeyOf(AnalyzedPaper paper, Candidate rep) =>
        rep.KeyName is { } keyName ? NameNormalizer.Key(keyName) : NameNormalizer.Key(paper.Chars(rep.Span));

    // The key of each named description ("collaborative hybrid assignments training") mapped to the key
    // of its name ("Co-DETR"), so both meet in one entity; null when the paper names none.
    private static Dictionary<string, string>? NamedKeys(AnalyzedPaper paper, List<List<Candidate>> mentions, IReadOnlyList<NamingLink> namings)
    {
        Dictionary<string, string>? named = null;
        foreach (var link in namings)
        {
            var group = mentions.Find(g => paper.Chars(g[0].Span).SequenceEqual(link.Name));
            if (group is null) continue;
            var nameKey = KeyOf(paper, group[0]);
            var descriptionKey = NameNormalizer.Key(link.Description);
            if (nameKey.Length > 0 && descriptionKey != nameKey) (named ??= new(StringComparer.Ordinal))[descriptionKey] = nameKey;
        }
        return named;
    }

    private static ExtractedEntity Build(AnalyzedPaper paper, EntityDraft draft, IReadOnlyList<AcronymLink> links, Dictionary<string, string>? named)
    {
        var type = ChooseType(draft);
        var texts = new string[draft.Mentions.Count];
        for (var i = 0; i < texts.Length; i++) texts[i] = paper.Slice(draft.Mentions[i][0].Span);
        var name = ChooseName(paper, draft, texts, links, named);
        var mentions = new Mention[texts.Length];
        var aliases = new List<Alias>();
        for (var i = 0; i < texts.Length; i++)
        {
            var rep = draft.Mentions[i][0];
            mentions[i] = new Mention(type, texts[i], rep.Span, rep.Origin);
            if (texts[i] != name && !aliases.Exists(a => a.Name == texts[i])) aliases.Add(new Alias(texts[i], ReasonFor(texts[i], name, rep, links, named)));
        }
        var role = RoleAssigner.Assign(type, draft.Candidates, paper);
        return new ExtractedEntity(type, name, draft.Key, role, mentions, aliases);
    }

    private static EntityType ChooseType(EntityDraft draft)
    {
        Span<int> strength = stackalloc int[EntityTypes.All.Count];
        Span<int> count = stackalloc int[EntityTypes.All.Count];
        foreach (var c in draft.Candidates)
        {
            var t = (int)c.Type;
            strength[t] = Math.Max(strength[t], (c.DefaultType ? 0 : 16) + (int)c.Evidence + 1);
            count[t]++;
        }
        var best = 0;
        for (var t = 1; t < strength.Length; t++)
        {
            if (strength[t] > strength[best] || (strength[t] == strength[best] && count[t] > count[best])) best = t;
        }
        var type = (EntityType)best;
        // The guidelines' rule of thumb: what the abstract calls a benchmark is a benchmark.
        if (type == EntityType.Dataset && draft.Candidates.Any(c => c.Type == EntityType.Benchmark && !c.DefaultType && c.Origin == MentionOrigin.Pattern))
        {
            type = EntityType.Benchmark;
        }
        return type;
    }

    private static string ChooseName(AnalyzedPaper paper, EntityDraft draft, string[] texts, IReadOnlyList<AcronymLink> links, Dictionary<string, string>? named)
    {
        string? best = null;
        var bestRank = (Named: false, Long: false, Words: 0, Count: 0);
        for (var i = 0; i < texts.Length; i++)
        {
            if (draft.Mentions[i][0].SplitOf is not null) continue;
            var text = texts[i];
            var count = 0;
            for (var j = 0; j < texts.Length; j++) if (texts[j] == text) count++;
            // A named description is never the name: "Co-DETR", not "collaborative hybrid assignments training".
            var rank = (Named: !IsDescription(text, named), Long: IsLongForm(text, links), Words: Words(text), Count: count);
            if (best is null || rank.Named && !bestRank.Named
                || rank.Named == bestRank.Named && (rank.Long && !bestRank.Long
                || rank.Long == bestRank.Long && (rank.Words > bestRank.Words || rank.Words == bestRank.Words && rank.Count > bestRank.Count)))
            {
                best = text;
                bestRank = rank;
            }
        }
        return best ?? paper.Slice(draft.Mentions[0][0].SplitOf ?? draft.Mentions[0][0].Span);
    }

    private static MergeReason ReasonFor(string alias, string name, Candidate rep, IReadOnlyList<AcronymLink> links, Dictionary<string, string>? named)
    {
        if (rep.SplitOf is not null) return MergeReason.DatasetSplit;
        var aliasKey = NameNormalizer.Key(alias);
        if (aliasKey == NameNormalizer.Key(name)) return MergeReason.SurfaceVariant;
        if (named is not null && named.ContainsKey(aliasKey)) return MergeReason.Naming;
        foreach (var link in links)
        {
            var shortKey = NameNormalizer.Key(link.ShortForm);
            var longKey = NameNormalizer.Key(link.LongForm);
            if (aliasKey == shortKey || aliasKey == longKey) return MergeReason.AcronymDefinition;
        }
        return MergeReason.LexiconAlias;
    }

    private static bool IsDescription(string text, Dictionary<string, string>? named) =>
        named is not null && named.ContainsKey(NameNormalizer.Key(text));

    private static bool IsLongForm(string text, IReadOnlyList<AcronymLink> links)
    {
        foreach (var link in links) if (string.Equals(link.LongForm, text, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static int Words(string text)
    {
        var words = 1;
        for (var i = 1; i < text.Length; i++) if (text[i] is ' ' or '-' && char.IsLetterOrDigit(text[i - 1])) words++;
        return words;
    }

    public static int CompareEntities(ExtractedEntity a, ExtractedEntity b)
    {
        var c = a.Type.CompareTo(b.Type);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Name, b.Name);
        return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
    }
}
