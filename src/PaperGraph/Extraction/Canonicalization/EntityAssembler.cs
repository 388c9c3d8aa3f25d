using PaperGraph.Extraction.Roles;

namespace PaperGraph.Extraction.Canonicalization;

/// <summary>
/// Turns resolved mentions into a paper's entities. Mentions meet on the key of their key name (the
/// lexicon's canonical name, an acronym's long form, a split's dataset, else the surface), so case,
/// hyphen, space and plural variants, acronym pairs, lexicon aliases and splits all fold into one
/// entity. Its type is the best-supported one (explicit over default, then evidence); its name the
/// fullest form written (a long form over its acronym, then more words, then the most frequent, then
/// the first); every other surface becomes an alias with the reason it was merged.
/// </summary>
internal static class EntityAssembler
{
    public static List<ExtractedEntity> Assemble(AnalyzedPaper paper, List<List<Candidate>> mentions, IReadOnlyList<AcronymLink> links)
    {
        var drafts = new Dictionary<string, EntityDraft>(StringComparer.Ordinal);
        var order = new List<EntityDraft>();
        foreach (var group in mentions)
        {
            var rep = group[0];
            var key = NameNormalizer.Key(rep.KeyName ?? paper.Slice(rep.Span));
            if (key.Length == 0) continue;
            if (!drafts.TryGetValue(key, out var draft))
            {
                draft = new EntityDraft(key);
                drafts.Add(key, draft);
                order.Add(draft);
            }
            draft.Mentions.Add(group);
        }
        var entities = new List<ExtractedEntity>(order.Count);
        foreach (var draft in order) entities.Add(Build(paper, draft, links));
        entities.Sort(CompareEntities);
        return entities;
    }

    private static ExtractedEntity Build(AnalyzedPaper paper, EntityDraft draft, IReadOnlyList<AcronymLink> links)
    {
        var type = ChooseType(draft);
        var name = ChooseName(paper, draft, links);
        var mentions = new List<Mention>(draft.Mentions.Count);
        var aliases = new List<Alias>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { name };
        foreach (var group in draft.Mentions)
        {
            var rep = group[0];
            var text = paper.Slice(rep.Span);
            mentions.Add(new Mention(type, text, rep.Span, rep.Origin));
            if (seen.Add(text)) aliases.Add(new Alias(text, ReasonFor(text, name, rep, links)));
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

    private static string ChooseName(AnalyzedPaper paper, EntityDraft draft, IReadOnlyList<AcronymLink> links)
    {
        string? best = null;
        var bestRank = (Long: false, Words: 0, Count: 0);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in draft.Mentions)
        {
            if (group[0].SplitOf is not null) continue;
            var text = paper.Slice(group[0].Span);
            counts[text] = counts.GetValueOrDefault(text) + 1;
        }
        foreach (var group in draft.Mentions)
        {
            if (group[0].SplitOf is not null) continue;
            var text = paper.Slice(group[0].Span);
            var rank = (Long: IsLongForm(text, links), Words: Words(text), Count: counts[text]);
            if (best is null || rank.Long && !bestRank.Long
                || rank.Long == bestRank.Long && (rank.Words > bestRank.Words || rank.Words == bestRank.Words && rank.Count > bestRank.Count))
            {
                best = text;
                bestRank = rank;
            }
        }
        return best ?? paper.Slice(draft.Mentions[0][0].SplitOf ?? draft.Mentions[0][0].Span);
    }

    private static MergeReason ReasonFor(string alias, string name, Candidate rep, IReadOnlyList<AcronymLink> links)
    {
        if (rep.SplitOf is not null) return MergeReason.DatasetSplit;
        var aliasKey = NameNormalizer.Key(alias);
        if (aliasKey == NameNormalizer.Key(name)) return MergeReason.SurfaceVariant;
        foreach (var link in links)
        {
            var shortKey = NameNormalizer.Key(link.ShortForm);
            var longKey = NameNormalizer.Key(link.LongForm);
            if (aliasKey == shortKey || aliasKey == longKey) return MergeReason.AcronymDefinition;
        }
        return MergeReason.LexiconAlias;
    }

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
