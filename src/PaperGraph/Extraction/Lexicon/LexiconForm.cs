namespace PaperGraph.Extraction.Lexicon;

/// <summary>
/// One written form of a lexicon entry as compiled into the trie: the entry it names, its
/// characters without separators (case kept, for the case-sensitive check) and how it matches.
/// </summary>
internal readonly record struct LexiconForm(int Entry, string Key, bool CaseSensitive);
