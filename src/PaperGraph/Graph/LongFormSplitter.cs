using PaperGraph.Extraction.Canonicalization;

namespace PaperGraph.Graph;

/// <summary>
/// Splits a key that papers defined with unrelated long forms: the extractor may key "Semantic Attention
/// Module (SAM)" by its lexicon's SAM, Segment Anything Model. The long forms of one (type, key) are
/// grouped by shared words; the group whose long form is the key itself (else the one defined in most
/// papers) keeps the key, every other group is re-keyed by its own long form, and the key's bare uses
/// (no definition in their paper) go with the group defined in most papers.
/// </summary>
internal static class LongFormSplitter
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal) { "a", "an", "and", "for", "in", "of", "on", "the", "to", "with" };

    public static void Split(IReadOnlyList<KeyNode> nodes)
    {
        // Only keys defined with at least two different long forms need a look.
        var firstLongForm = new Dictionary<(EntityType, string), string>();
        var ambiguous = new HashSet<(EntityType, string)>();
        foreach (var node in nodes)
        {
            if (node.LongFormText is null) continue;
            if (!firstLongForm.TryAdd((node.Type, node.Key), node.LongForm) && firstLongForm[(node.Type, node.Key)] != node.LongForm)
            {
                ambiguous.Add((node.Type, node.Key));
            }
        }
        if (ambiguous.Count == 0) return;

        var groups = new Dictionary<(EntityType, string), List<KeyNode>>();
        foreach (var node in nodes)
        {
            if (!ambiguous.Contains((node.Type, node.Key))) continue;
            if (!groups.TryGetValue((node.Type, node.Key), out var list)) groups.Add((node.Type, node.Key), list = []);
            list.Add(node);
        }
        foreach (var ((_, key), members) in groups) SplitKey(key, members);
    }

    private static void SplitKey(string key, List<KeyNode> members)
    {
        var defined = members.Where(n => n.LongFormText is not null)
            .OrderByDescending(n => n.Papers).ThenBy(n => n.LongForm, StringComparer.Ordinal).ToList();
        var clusters = Cluster(defined);
        if (clusters.Count < 2) return;

        // Stable sort: equally frequent clusters keep the order of their most frequent long form.
        var bySize = clusters.OrderByDescending(c => c.Papers).ToList();
        var main = clusters.FirstOrDefault(c => c.Members.Any(m => NameNormalizer.Key(m.LongFormText!) == key)) ?? bySize[0];
        foreach (var cluster in clusters)
        {
            var idKey = key;
            if (cluster != main)
            {
                idKey = NameNormalizer.Key(cluster.Members[0].LongFormText!);
                if (idKey.Length == 0 || idKey == key) idKey = key + "~" + cluster.Members[0].LongForm;
            }
            foreach (var member in cluster.Members) member.IdKey = idKey;
        }
        var mostFrequent = bySize[0].Papers == main.Papers ? main : bySize[0];
        foreach (var bare in members.Where(n => n.LongFormText is null)) bare.IdKey = mostFrequent.Members[0].IdKey;
    }

    /// <summary>True when two long forms share more than half their words (Jaccard), a word matching its plural or a longer word it begins ("Convolution", "Convolutional").</summary>
    internal static bool SameMeaning(string a, string b) => Similar(Words(a), Words(b));

    private sealed class LongFormCluster(KeyNode first, string[] words)
    {
        public string[] Words { get; } = words;
        public List<KeyNode> Members { get; } = [first];
        public int Papers { get; set; } = first.Papers;
    }

    private static List<LongFormCluster> Cluster(List<KeyNode> defined)
    {
        var clusters = new List<LongFormCluster>();
        foreach (var node in defined)
        {
            var words = Words(node.LongFormText!);
            var home = clusters.FirstOrDefault(c => Similar(words, c.Words));
            if (home is null)
            {
                clusters.Add(new LongFormCluster(node, words));
                continue;
            }
            home.Members.Add(node);
            home.Papers += node.Papers;
        }
        return clusters;
    }

    private static string[] Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            var word = NameFolder.Fold(text[start..i]);
            if (word.Length > 0 && !StopWords.Contains(word) && !words.Contains(word)) words.Add(word);
            start = -1;
        }
        return [.. words];
    }

    private static bool Similar(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0) return false;
        var matched = a.Count(x => b.Any(y => SameWord(x, y)));
        return matched * 2 > a.Length + b.Length - matched;
    }

    private static bool SameWord(string x, string y)
    {
        if (x == y) return true;
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.Length >= 4 && longer.StartsWith(shorter, StringComparison.Ordinal);
    }
}
