namespace PaperGraph.Extraction.Patterns;

/// <summary>
/// One item of a name list: its span, its type when a lexicon or definition candidate already names it,
/// whether such a candidate exists, and, for a plain lower-case phrase without a telling head ("lasso",
/// "semantic hashing"), its number of words (0 otherwise): such an item needs the list to vouch for it.
/// </summary>
internal readonly record struct ListItem(TextSpan Span, EntityType? KnownType, bool Known = false, int PlainWords = 0);
