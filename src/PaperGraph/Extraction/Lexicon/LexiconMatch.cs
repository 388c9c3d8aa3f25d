namespace PaperGraph.Extraction.Lexicon;

/// <summary>
/// A lexicon form found in a text: the character range [Start, End), the entry's index, and the trie
/// node it ended on (where other entries with the same form can be found).
/// </summary>
internal readonly record struct LexiconMatch(int Start, int End, int Entry, int Node);
