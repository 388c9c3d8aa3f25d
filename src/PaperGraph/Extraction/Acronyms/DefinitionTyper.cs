using PaperGraph.Extraction.Lexicon;

namespace PaperGraph.Extraction.Acronyms;

/// <summary>
/// Decides what an acronym definition names, or that it names nothing worth a node. In order: the
/// lexicon's entry for the long form; a head-noun cue after the parenthesis ("(MWP) solving") or in
/// the long form ("Inception Score"); the lexicon's entry for the short form when the cue agrees;
/// else a method, if the long form looks like a name (capitalised words, or defined while proposing).
/// Generic categories ("large language models (LLMs)") and non-names ("(NLP)", "(SOTA)") are dropped.
/// </summary>
internal sealed class DefinitionTyper(LexiconIndex? lexicon, ExtractionCues cues)
{
    private static readonly string[] AdjectiveEndings = ["al", "ive", "ic", "ous", "able", "ible", "ed", "ant", "ent", "free", "aware", "wise"];

    public bool TryType(string longText, string shortText, ReadOnlySpan<char> wordAfter, bool proposing,
        out EntityType type, out bool defaultType, out string keyName)
    {
        type = EntityType.Method;
        defaultType = false;
        keyName = longText;
        if (lexicon is not null && lexicon.TryLookup(longText, out var entry))
        {
            type = entry.Type;
            keyName = entry.Name;
            return true;
        }
        if (lexicon is not null && lexicon.IsGeneric(longText)) return false;
        if (cues.IsNonName(shortText)) return false;
        var cued = (wordAfter.Length > 0 && PhraseTyper.TryHead(wordAfter, cues, out type)) || PhraseTyper.TryType(longText, cues, out type);
        if (lexicon is not null && lexicon.TryLookup(shortText, out entry) && (!cued || entry.Type == type))
        {
            type = entry.Type;
            keyName = entry.Name;
            return true;
        }
        if (cued)
        {
            if (proposing && type is EntityType.Task or EntityType.Metric) type = EntityType.Method;
            return true;
        }
        type = EntityType.Method;
        defaultType = true;
        return LooksLikeName(longText, proposing);
    }

    private static bool LooksLikeName(string longText, bool proposing)
    {
        var words = longText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words[^1].ToLowerInvariant();
        foreach (var ending in AdjectiveEndings) if (last.EndsWith(ending, StringComparison.Ordinal)) return false;
        if (words.Length < 2 && !longText.Contains('-')) return proposing && char.IsUpper(longText[0]);
        if (proposing) return true;
        for (var i = 1; i < words.Length; i++) if (char.IsUpper(words[i][0])) return true;
        return false;
    }
}
