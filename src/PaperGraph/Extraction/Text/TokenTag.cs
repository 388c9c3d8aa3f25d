namespace PaperGraph.Extraction.Text;

/// <summary>
/// What the extraction word lists say about one token, looked up once per paper so recognisers test
/// bits instead of hashing words: a bit per <see cref="NameCueKind"/>, the entity type the word names
/// as a head noun (0 for none, else the type + 1), and whether it is a known non-name ("GPU").
/// </summary>
internal readonly record struct TokenTag(uint Cues, byte Head, bool NonName)
{
    public bool Has(NameCueKind kind) => (Cues & (1u << (int)kind)) != 0;
}
