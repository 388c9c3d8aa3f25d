namespace PaperGraph.Graph;

/// <summary>
/// The sentences of one field, found with a simple boundary rule: ".", "!" or "?" followed by
/// space and then a capital, a digit or an opening bracket or quote. Abbreviations ("e.g.", "i.e.",
/// "et al.", "Fig."), initials and decimals ("3.5", "v1.2") are not boundaries. Evidence only needs
/// the sentence around a span, so a rare missed boundary costs a longer sentence, never a wrong span.
/// </summary>
internal sealed class SentenceBounds
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "al", "vs", "cf", "fig", "figs", "eq", "eqs", "sec", "secs", "approx", "resp", "w.r.t",
        "no", "nos", "dr", "mr", "ms", "prof", "st", "ref", "refs", "tab", "ch", "vol", "pp", "jr", "inc", "ltd", "viz", "ca",
    };

    private readonly int[] starts;
    private readonly string text;

    private SentenceBounds(string text, int[] starts)
    {
        this.text = text;
        this.starts = starts;
    }

    public int Count => starts.Length;

    public static SentenceBounds Of(string text)
    {
        var found = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && IsBoundary(text, i, out var next)) found.Add(next);
        }
        return new SentenceBounds(text, [.. found]);
    }

    /// <summary>The sentence (or run of sentences) that holds [start, end), without surrounding white space.</summary>
    public (int Start, int End) Around(int start, int end)
    {
        var first = IndexOf(start);
        var last = end > start ? IndexOf(end - 1) : first;
        var s = starts[first];
        var e = last + 1 < starts.Length ? starts[last + 1] : text.Length;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        // A span that is itself only white space still has to lie inside its sentence.
        return (Math.Min(s, start), Math.Max(e, end));
    }

    private int IndexOf(int position)
    {
        var i = Array.BinarySearch(starts, position);
        return i >= 0 ? i : ~i - 1;
    }

    private static bool IsBoundary(string text, int i, out int next)
    {
        next = 0;
        var j = i + 1;
        if (j < text.Length && text[j] is ')' or '"' or '”' or '’' or '\'') j++;
        if (j >= text.Length || !char.IsWhiteSpace(text[j])) return false;
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
        if (j >= text.Length) return false;
        var c = text[j];
        if (!(char.IsUpper(c) || char.IsDigit(c) || c is '(' or '[' or '"' or '“' or '‘' or '\'')) return false;
        if (text[i] == '.' && EndsWithAbbreviation(text, i)) return false;
        next = j;
        return true;
    }

    private static bool EndsWithAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        if (start == dot) return false;
        var word = text[start..dot];
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return Abbreviations.Contains(word);
    }
}
