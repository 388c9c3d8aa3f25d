using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Acronyms;

/// <summary>
/// Finds the long form of a short form in the text before it, after Schwartz and Hearst (2003): the
/// short form's characters appear in order in the long form, the first one at the start of its
/// first word, and the long form ends where the candidate text ends. Where Schwartz and Hearst take
/// the nearest match of each character, this matcher maximises the number of characters that stand for
/// word (or hyphen-part) initials, then prefers the shortest long form, by a small dynamic programme;
/// so "cyclical curriculum learning (CCL)" keeps "cyclical". Extended for ML names: a "2" or "4" may
/// stand for "to"/"two" or "for"/"four" ("text-to-image (T2I)"), a digit after a letter may repeat it
/// ("Sequence-aware Sharded Sliced Training (S3T)"), and a plural "s" is ignored ("GANs").
/// </summary>
internal static class AcronymMatcher
{
    private const int MaxRegion = 256;

    /// <summary>Is this token shaped like a short form: 2-12 characters, starting with a letter, at least two capitals?</summary>
    public static bool IsShortFormShaped(ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || s.Length > 12 || !char.IsLetter(s[0])) return false;
        var upper = 0;
        foreach (var c in s)
        {
            if (char.IsUpper(c)) upper++;
            else if (!char.IsLetterOrDigit(c) && c is not ('-' or '+' or '&')) return false;
        }
        return upper >= 2;
    }

    /// <summary>
    /// The offset in <paramref name="region"/> where the long form of <paramref name="shortForm"/>
    /// starts (it ends at the region's end), or -1. <paramref name="initials"/> counts short-form
    /// characters matched at the start of a word or hyphenated part.
    /// </summary>
    public static int FindLongFormStart(ReadOnlySpan<char> shortForm, ReadOnlySpan<char> region, out int initials)
    {
        initials = 0;
        if (region.Length > MaxRegion) region = region[^MaxRegion..];
        Span<char> letters = stackalloc char[shortForm.Length];
        var n = 0;
        foreach (var c in shortForm) if (char.IsLetterOrDigit(c)) letters[n++] = char.ToLowerInvariant(c);
        if (n >= 3 && shortForm[^1] == 's' && char.IsUpper(shortForm[^2])) n--;
        if (n == 0) return -1;
        letters = letters[..n];
        var start = Match(letters, region, out initials);
        if (start >= 0 || letters.IndexOfAnyInRange('0', '9') < 0) return start;
        Span<char> expanded = stackalloc char[n * 9];
        var m = 0;
        for (var i = 0; i < n; i++)
        {
            var c = letters[i];
            if (!char.IsDigit(c)) { expanded[m++] = c; continue; }
            if (i > 0 && char.IsLetter(letters[i - 1]) && c >= '2')
            {
                for (var r = 1; r < c - '0'; r++) expanded[m++] = letters[i - 1];
            }
        }
        return m == 0 ? -1 : Match(expanded[..m], region, out initials);
    }

    /// <summary>
    /// The offset in <paramref name="region"/> where a blended long form starts, or -1: the last two to
    /// five words each give the short form a prefix, in order, and nothing else ("Stochastic Consensus
    /// (STOCO)", "Decoupled Contrastive (DeCo)"). Only for short forms of four letters or more, where a
    /// chance blend is unlikely.
    /// </summary>
    public static int FindBlendStart(ReadOnlySpan<char> shortForm, ReadOnlySpan<char> region)
    {
        if (shortForm.Length < 4 || shortForm.Length > 12 || shortForm.ContainsAnyExcept(Letters)) return -1;
        Span<int> starts = stackalloc int[MaxBlendWords];
        var count = 0;
        var i = region.Length;
        while (count < MaxBlendWords && i > 0)
        {
            while (i > 0 && !char.IsLetter(region[i - 1])) i--;
            var end = i;
            while (i > 0 && char.IsLetter(region[i - 1])) i--;
            if (i == end) break;
            starts[count++] = i;
            if (i > 0 && !char.IsWhiteSpace(region[i - 1]) && !Tokenizer.IsHyphen(region[i - 1])) break;
        }
        for (var n = 2; n <= count; n++)
        {
            if (Blends(shortForm, region, starts[..n], n - 1)) return starts[n - 1];
        }
        return -1;
    }

    private const int MaxBlendWords = 5;
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    // Does shortForm split into non-empty prefixes of the words at starts[w], starts[w-1], ..., starts[0]?
    private static bool Blends(ReadOnlySpan<char> shortForm, ReadOnlySpan<char> region, ReadOnlySpan<int> starts, int w)
    {
        if (w < 0) return shortForm.Length == 0;
        if (shortForm.Length == 0) return false;
        var word = starts[w];
        for (var take = 1; take <= shortForm.Length && word + take <= region.Length && char.IsLetter(region[word + take - 1]); take++)
        {
            if (char.ToLowerInvariant(region[word + take - 1]) != char.ToLowerInvariant(shortForm[take - 1])) break;
            if (Blends(shortForm[take..], region, starts, w - 1)) return true;
        }
        return false;
    }

    // best[s, l]: the best (initials, start) matching sf[0..s] inside lf[0..l]; packed as initials * 1024 + start + 1, 0 = none.
    private static int Match(ReadOnlySpan<char> sf, ReadOnlySpan<char> lf, out int initials)
    {
        initials = 0;
        var width = lf.Length + 1;
        Span<int> prev = width <= 512 ? stackalloc int[width] : new int[width];
        Span<int> cur = width <= 512 ? stackalloc int[width] : new int[width];
        for (var s = 0; s < sf.Length; s++)
        {
            cur[0] = 0;
            for (var l = 1; l < width; l++)
            {
                var best = cur[l - 1];
                var p = l - 1;
                var candidate = Step(sf, s, lf, p, prev);
                if (candidate > best) best = candidate;
                cur[l] = best;
            }
            var swap = prev;
            prev = cur;
            cur = swap;
        }
        var packed = prev[width - 1];
        if (packed == 0) return -1;
        initials = packed / 1024;
        var start = packed % 1024 - 1;
        while (start > 0 && !char.IsWhiteSpace(lf[start - 1])) start--;
        return start;
    }

    // The value of matching sf[s] at lf[p] (or a "to"/"for" word ending at p for a digit), given the previous row.
    private static int Step(ReadOnlySpan<char> sf, int s, ReadOnlySpan<char> lf, int p, ReadOnlySpan<int> prev)
    {
        var c = sf[s];
        var atStart = p == 0 || !char.IsLetterOrDigit(lf[p - 1]);
        if (char.ToLowerInvariant(lf[p]) == c)
        {
            if (s == 0) return atStart ? 1024 + p + 1 : 0;
            var before = prev[p];
            return before == 0 ? 0 : before + (atStart ? 1024 : 0);
        }
        if (s > 0 && c is '2' or '4' && (p + 1 == lf.Length || !char.IsLetter(lf[p + 1])))
        {
            var word = WordEndingAt(lf, p);
            if (word.End.Value > word.Start.Value && IsNumberWord(c, lf[word]))
            {
                var before = prev[word.Start.Value];
                return before == 0 ? 0 : before + 1024;
            }
        }
        return 0;
    }

    private static Range WordEndingAt(ReadOnlySpan<char> text, int end)
    {
        var start = end;
        while (start >= 0 && char.IsLetter(text[start])) start--;
        return new Range(start + 1, end + 1);
    }

    private static bool IsNumberWord(char digit, ReadOnlySpan<char> word) => digit == '2'
        ? word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("two", StringComparison.OrdinalIgnoreCase)
        : word.Equals("for", StringComparison.OrdinalIgnoreCase) || word.Equals("four", StringComparison.OrdinalIgnoreCase);
}
