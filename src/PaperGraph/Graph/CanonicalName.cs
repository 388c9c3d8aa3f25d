namespace PaperGraph.Graph;

/// <summary>
/// Chooses an entity's display name: its most frequent full form, that is the most frequent long side
/// of the acronym definitions its papers give ("Inception Score", not "IS"), unless that full form is
/// rare next to the most frequent name overall (fewer than one paper in ten): then a stray definition
/// ("CIFAR-10" glossed once with a phrase) does not rename an entity hundreds of papers call otherwise.
/// Ties go to the ordinally smaller name.
/// </summary>
internal static class CanonicalName
{
    private const int RareFactor = 10;

    public static string? Choose(IEnumerable<KeyNode> members)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var longSides = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in members)
        {
            var spelledOut = false;
            foreach (var (name, count) in node.Names)
            {
                names[name] = names.GetValueOrDefault(name) + count;
                if (node.LongForm.Length > 0 && NameFolder.Fold(name) == node.LongForm)
                {
                    longSides.TryAdd(name, 0);
                    spelledOut = true;
                }
            }
            // The paper named the entity by its short form and gave the long form as an alias.
            if (!spelledOut && node.LongFormText is { } text) longSides[text] = longSides.GetValueOrDefault(text) + node.Papers;
        }
        foreach (var side in longSides.Keys.ToList()) longSides[side] += names.GetValueOrDefault(side);

        var top = Best(names);
        var full = Best(longSides);
        if (full is null) return top?.Name;
        if (top is null || full.Value.Count * RareFactor >= top.Value.Count) return full.Value.Name;
        return top.Value.Name;
    }

    private static (string Name, int Count)? Best(Dictionary<string, int> counts)
    {
        (string Name, int Count)? best = null;
        foreach (var (name, count) in counts)
        {
            if (best is null || count > best.Value.Count || (count == best.Value.Count && string.CompareOrdinal(name, best.Value.Name) < 0))
            {
                best = (name, count);
            }
        }
        return best;
    }
}
