using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction;

/// <summary>
/// Reads the type a phrase's head noun signals ("Fréchet Inception Distance" -> Metric, "NPS Chat Corpus"
/// -> Dataset, "Reinforcement learning with verifiable rewards" -> Method). The head is the last word,
/// or the last word before a preposition that starts a modifier ("Framework for Curriculum Learning").
/// </summary>
internal static class PhraseTyper
{
    private static readonly string[] Prepositions = ["of", "for", "with", "via", "in", "on", "by", "from", "to", "under", "through", "using"];

    public static bool TryType(ReadOnlySpan<char> phrase, ExtractionCues cues, out EntityType type)
    {
        type = default;
        Span<Range> words = stackalloc Range[32];
        var count = SplitWords(phrase, words);
        if (count == 0) return false;
        var head = count - 1;
        for (var i = 1; i < count; i++)
        {
            if (IsPreposition(phrase[words[i]])) { head = i - 1; break; }
        }
        if (head > 0)
        {
            // "few-shot class-incremental learning": try "incremental learning" as well as "class-incremental learning".
            var previous = phrase[words[head - 1]];
            var atom = previous.LastIndexOfAny('-', '\u2010');
            var pairStart = atom > 0 ? words[head - 1].Start.Value + atom + 1 : words[head - 1].Start.Value;
            if (TryPair(phrase[words[head - 1].Start..words[head].End], cues, out type)) return true;
            if (atom > 0 && TryPair(phrase[pairStart..words[head].End], cues, out type)) return true;
        }
        return TryHead(phrase[words[head]], cues, out type);
    }

    /// <summary>The type one word signals ("dataset", "benchmarks", "fine-tuning"), trying its last hyphen part too.</summary>
    public static bool TryHead(ReadOnlySpan<char> word, ExtractionCues cues, out EntityType type)
    {
        type = default;
        if (word.Length == 0 || word.Length > 64) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (cues.TryGetHeadType(lower, out type)) return true;
        var hyphen = lower.LastIndexOfAny('-', ' ');
        return hyphen > 0 && hyphen < lower.Length - 1 && cues.TryGetHeadType(lower[(hyphen + 1)..], out type);
    }

    private static bool IsPreposition(ReadOnlySpan<char> word)
    {
        foreach (var p in Prepositions) if (word.Equals(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static int SplitWords(ReadOnlySpan<char> phrase, Span<Range> words)
    {
        var count = 0;
        var i = 0;
        while (i < phrase.Length && count < words.Length)
        {
            while (i < phrase.Length && !IsWordChar(phrase[i])) i++;
            var start = i;
            while (i < phrase.Length && (IsWordChar(phrase[i]) || (Tokenizer.IsHyphen(phrase[i]) && i + 1 < phrase.Length && IsWordChar(phrase[i + 1])))) i++;
            if (i > start) words[count++] = new Range(start, i);
        }
        return count;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '\\';

    private static bool TryPair(ReadOnlySpan<char> pair, ExtractionCues cues, out EntityType type)
    {
        type = default;
        if (pair.Length > 64) return false;
        Span<char> lower = stackalloc char[pair.Length];
        pair.ToLowerInvariant(lower);
        return cues.TryGetHeadType(lower, out type);
    }
}
