namespace PaperGraph.Extraction.Lexicon;

/// <summary>
/// A <see cref="Lexicon"/> compiled for matching: every name and alias (with plural variants) in
/// one <see cref="LexiconTrie"/>, plus the generic terms. Built once per extractor and shared by
/// all threads.
/// </summary>
internal sealed class LexiconIndex
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> generic;

    public LexiconIndex(Lexicon lexicon)
    {
        Entries = lexicon.Entries;
        Trie = LexiconTrie.Build(WrittenForms(Entries));
        generic = new HashSet<string>(lexicon.GenericTerms, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<LexiconEntry> Entries { get; }

    public LexiconTrie Trie { get; }

    public bool TryLookup(ReadOnlySpan<char> surface, out LexiconEntry entry)
    {
        entry = null!;
        if (!Trie.TryMatchExact(surface, out var index)) return false;
        entry = Entries[index];
        return true;
    }

    /// <summary>Every entry one of whose forms is exactly <paramref name="surface"/> ("MAE": a metric and a method); returns how many.</summary>
    public int LookupAll(ReadOnlySpan<char> surface, Span<int> entries)
    {
        if (!Trie.TryMatchLongest(surface, 0, null, out var match) || match.End != surface.Length) return 0;
        return Trie.EntriesAt(surface, match, entries);
    }

    /// <summary>Is the surface (any case, singular or plural) one of the lexicon's generic terms ("large language models")?</summary>
    public bool IsGeneric(ReadOnlySpan<char> surface)
    {
        if (surface.Length == 0 || surface.Length > 128) return false;
        Span<char> lower = stackalloc char[surface.Length];
        surface.ToLowerInvariant(lower);
        for (var i = 0; i < lower.Length; i++) if (lower[i] is '\u2010' or '\u2011') lower[i] = '-';
        if (generic.Contains(lower)) return true;
        if (lower.Length > 3 && lower[^1] == 's' && generic.Contains(lower[..^1])) return true;
        if (lower.Length > 4 && lower.EndsWith("ies") && generic.Contains(string.Concat(lower[..^3], "y"))) return true;
        return false;
    }

    private static IEnumerable<(string, int, bool)> WrittenForms(IReadOnlyList<LexiconEntry> entries)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            foreach (var form in entry.Aliases.Prepend(entry.Name))
            {
                if (string.IsNullOrWhiteSpace(form)) continue;
                var caseSensitive = LexiconFormRules.IsCaseSensitive(form, entry.Type);
                foreach (var variant in LexiconFormRules.Variants(form, caseSensitive)) yield return (variant, i, caseSensitive);
                if (!caseSensitive || entry.Type.IsEvaluationTarget()) continue;
                // "3D object detection" is also written "3D Object Detection" in a title and "Top-1 accuracy" opening a sentence.
                foreach (var cased in LexiconFormRules.CapitalisedVariants(form))
                {
                    foreach (var variant in LexiconFormRules.Variants(cased, caseSensitive: true)) yield return (variant, i, true);
                }
            }
        }
    }
}
