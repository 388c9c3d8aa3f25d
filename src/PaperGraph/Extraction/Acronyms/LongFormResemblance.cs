using PaperGraph.Extraction.Lexicon;

namespace PaperGraph.Extraction.Acronyms;

/// <summary>
/// Whether a paper's long form for a short form is the lexicon entry's reading of that short form, or
/// another thing with the same letters: "Proximal Policy Optimisation (PPO)" is the lexicon's PPO, but
/// "Semantic Attention Module (SAM)" is not Segment Anything, "Quality Assessment (QA)" is not question
/// answering and "anterior cingulate cortex (ACC)" is not accuracy. Words are compared by their first
/// five letters, with hyphens removed ("Pre-Training" ~ "pretraining", "Optimisation" ~ "optimization"),
/// ignoring function words; the long form resembles a form of the entry when at least half the
/// content words of each side find a partner on the other; a short form nested in the long form
/// stands for the entry's words it abbreviates ("image QA (IQA)" ~ "image quality assessment"). An entry written only as the short form
/// itself ("BERT") gives nothing to compare, so it is taken to agree.
/// </summary>
internal static class LongFormResemblance
{
    private const int PrefixLength = 5;
    private static readonly string[] FunctionWords = ["of", "for", "the", "a", "an", "and", "with", "from", "to", "in", "on", "via", "by", "based"];

    public static bool Resembles(string longText, LexiconEntry entry, string shortText)
    {
        var longWords = ContentWords(longText);
        if (longWords.Count == 0) return false;
        var comparable = false;
        foreach (var form in entry.Forms)
        {
            if (form.Length <= shortText.Length || form.Equals(shortText, StringComparison.OrdinalIgnoreCase)) continue;
            var formWords = ContentWords(form);
            // Another acronym-like alias ("Acc", "SAM-1") says nothing about the words.
            if (formWords.Count == 0 || (formWords.Count == 1 && !form.Any(char.IsLower))) continue;
            comparable = true;
            if (Agree(longWords, formWords)) return true;
        }
        return !comparable;
    }

    private static bool Agree(List<string> longWords, List<string> formWords)
    {
        var longMatched = 0;
        Span<bool> formUsed = stackalloc bool[formWords.Count];
        foreach (var w in longWords)
        {
            var matched = false;
            for (var f = 0; f < formWords.Count; f++)
            {
                if (!SamePrefix(w, formWords[f])) continue;
                formUsed[f] = true;
                matched = true;
            }
            // A short form nested in the long form stands for the words it abbreviates: "image QA (IQA)".
            if (!matched && w.Length is >= 2 and <= 5) matched = MarkInitials(w, formWords, formUsed);
            if (matched) longMatched++;
        }
        var formMatched = 0;
        foreach (var used in formUsed) if (used) formMatched++;
        return longMatched > 0 && longMatched * 2 >= longWords.Count && formMatched * 2 >= formWords.Count;
    }

    private static bool MarkInitials(string acronym, List<string> formWords, Span<bool> formUsed)
    {
        for (var start = 0; start + acronym.Length <= formWords.Count; start++)
        {
            var all = true;
            for (var k = 0; k < acronym.Length && all; k++) all = formWords[start + k][0] == acronym[k];
            if (!all) continue;
            for (var k = 0; k < acronym.Length; k++) formUsed[start + k] = true;
            return true;
        }
        return false;
    }

    private static bool SamePrefix(string a, string b)
    {
        var n = Math.Min(PrefixLength, Math.Min(a.Length, b.Length));
        return (n == PrefixLength || a.Length == b.Length) && string.CompareOrdinal(a, 0, b, 0, n) == 0;
    }

    private static List<string> ContentWords(string text)
    {
        var words = new List<string>();
        foreach (var raw in text.Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = new string(raw.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
            if (word.Length == 0 || Array.IndexOf(FunctionWords, word) >= 0) continue;
            words.Add(word);
        }
        return words;
    }
}
