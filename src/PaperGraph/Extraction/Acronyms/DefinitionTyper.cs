using PaperGraph.Extraction.Lexicon;

namespace PaperGraph.Extraction.Acronyms;

/// <summary>
/// Decides what an acronym definition names, or that it names nothing worth a node. In order: the
/// lexicon's entry for the long form; a head-noun cue after the parenthesis ("(MWP) solving") or in
/// the long form ("Inception Score"); the lexicon's entry for the short form when the long form is
/// that entry's reading (<see cref="LongFormResemblance"/>) and the cue agrees; else a method, if the
/// long form looks like a name (capitalised words, or defined while proposing or naming). A paper's
/// own reading of a short form always beats the lexicon's: "Quality Assessment (QA)" is not question
/// answering, and "anterior cingulate cortex (ACC)" is neither accuracy nor any other entity. Generic
/// categories ("large language models (LLMs)") and non-names ("(NLP)", "(SOTA)") are dropped.
/// </summary>
internal sealed class DefinitionTyper(LexiconIndex? lexicon, ExtractionCues cues)
{
    private const int MaxReadings = 4;
    private static readonly string[] AdjectiveEndings = ["al", "ive", "ic", "ous", "able", "ible", "ed", "ant", "ent", "free", "aware", "wise"];

    // Nouns with an adjective's ending: "Automatic Readability Assessment", "policy gradient", "retrieval".
    private static readonly string[] NounEndings = ["ment", "gradient", "agent", "descent", "component", "retrieval", "removal", "interval", "signal", "objective", "metric", "heuristic", "logic"];

    /// <param name="naming">The definition follows a naming word ("called Dual Cross Attentive (DCA)"): it is a name.</param>
    public DefinitionVerdict Type(string longText, string shortText, ReadOnlySpan<char> wordAfter, bool proposing, bool naming)
    {
        var readings = ShortFormReadings(shortText);
        if (lexicon is not null && lexicon.TryLookup(longText, out var entry))
        {
            var agrees = readings.Exists(r => r.Name == entry.Name);
            return DefinitionVerdict.Entity(entry.Type, entry.Name, readings.Count > 0 && !agrees);
        }
        // "part-of-speech (POS) tagging": the pair with the head after the bracket is the lexicon's task.
        if (lexicon is not null && wordAfter.Length > 0 && (lexicon.TryLookup(string.Concat(longText, " ", wordAfter), out entry)
            || lexicon.TryLookup(string.Concat(shortText, " ", wordAfter), out entry)) && PhraseTyper.TryHead(wordAfter, cues, out var headType) && headType == entry.Type)
        {
            return DefinitionVerdict.Entity(entry.Type, entry.Name, readings.Count > 0 && !readings.Exists(r => r.Name == entry.Name));
        }
        var reading = readings.Find(r => LongFormResemblance.Resembles(longText, r, shortText));
        var overrides = readings.Count > 0 && reading is null;
        if (lexicon is not null && lexicon.IsGeneric(longText)) return DefinitionVerdict.None(overrides);
        if (cues.IsNonName(shortText)) return DefinitionVerdict.None(overrides);
        var cued = (wordAfter.Length > 0 && PhraseTyper.TryHead(wordAfter, cues, out var type)) || PhraseTyper.TryType(longText, cues, out type);
        if (reading is not null && (!cued || reading.Type == type)) return DefinitionVerdict.Entity(reading.Type, reading.Name, false);
        overrides = readings.Count > 0;
        if (cued)
        {
            if ((proposing || naming) && type is EntityType.Task or EntityType.Metric) type = EntityType.Method;
            return DefinitionVerdict.Entity(type, longText, overrides);
        }
        return LooksLikeName(longText, proposing, naming)
            ? DefinitionVerdict.Entity(EntityType.Method, longText, overrides, defaultType: true)
            : DefinitionVerdict.None(overrides, doubtful: true);
    }

    // Every lexicon entry that reads the short form ("MAE": a metric and a method); usually none.
    private List<LexiconEntry> ShortFormReadings(string shortText)
    {
        var readings = new List<LexiconEntry>();
        if (lexicon is null) return readings;
        Span<int> entries = stackalloc int[MaxReadings];
        var count = lexicon.LookupAll(shortText, entries);
        for (var i = 0; i < count; i++) readings.Add(lexicon.Entries[entries[i]]);
        return readings;
    }

    private static bool LooksLikeName(string longText, bool proposing, bool naming)
    {
        var words = longText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (naming) return true;
        var last = words[^1].ToLowerInvariant();
        var adjective = false;
        foreach (var ending in AdjectiveEndings) if (last.EndsWith(ending, StringComparison.Ordinal)) adjective = true;
        foreach (var ending in NounEndings) if (last.EndsWith(ending, StringComparison.Ordinal)) adjective = false;
        if (adjective) return false;
        if (words.Length < 2 && !longText.Contains('-')) return proposing && char.IsUpper(longText[0]);
        if (proposing) return true;
        for (var i = 1; i < words.Length; i++) if (char.IsUpper(words[i][0])) return true;
        return false;
    }
}
