namespace PaperGraph.Extraction.Lexicon;

/// <summary>
/// One curated name from data/lexicon: its type, the canonical name as the field writes it, and
/// the other surface forms (acronyms, short forms, spellings) that name the same thing.
/// </summary>
public sealed record LexiconEntry(EntityType Type, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>The data file the entry was read from ("vision.tsv"); empty when built in code.</summary>
    public string Source { get; init; } = "";

    /// <summary>The 1-based line in <see cref="Source"/>; 0 when built in code.</summary>
    public int Line { get; init; }

    /// <summary>The canonical name followed by its aliases.</summary>
    public IEnumerable<string> Forms => Aliases.Prepend(Name);
}
