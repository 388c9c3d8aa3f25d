using System.Buffers;

namespace PaperGraph.Ingest;

/// <summary>
/// Collapses whitespace in titles and abstracts: every run of whitespace or control characters becomes one
/// space and the ends are trimmed; every other character is kept as it is. Mention offsets point into this
/// collapsed text, so it is done here once, for every format alike.
/// </summary>
internal static class TextNormalizer
{
    public static string Collapse(string text) => IsCollapsed(text) ? text : Collapse(text.AsSpan());

    public static string Collapse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return "";
        var rented = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.CopyTo(rented);
            var span = rented.AsSpan(0, text.Length);
            return new string(span[..CollapseInPlace(span)]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Collapses <paramref name="text"/> in place and returns the new length.</summary>
    public static int CollapseInPlace(Span<char> text)
    {
        // Most text is already collapsed; a vectorised search proves it, and otherwise says where work starts.
        var firstOdd = FirstOdd(text);
        if (firstOdd < 0) return text.Length;
        var length = firstOdd;
        var pendingSpace = false;
        foreach (var c in text[firstOdd..])
        {
            if (IsSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace)
            {
                text[length++] = ' ';
                pendingSpace = false;
            }
            text[length++] = c;
        }
        return length;
    }

    public static bool IsCollapsed(ReadOnlySpan<char> text) => FirstOdd(text) < 0;

    /// <summary>
    /// The index of the first character collapsing may change, or -1. Before it the text is already in its
    /// collapsed form (no leading space, single spaces between words), so collapsing can start there.
    /// </summary>
    private static int FirstOdd(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return -1;
        if (text[0] == ' ') return 0;
        var special = text.IndexOfAny(SpacesOtherThanSpace);
        var doubled = (special < 0 ? text : text[..special]).IndexOf("  ");
        if (doubled >= 0) return doubled;
        if (special >= 0) return special > 0 && text[special - 1] == ' ' ? special - 1 : special;
        return text[^1] == ' ' ? text.Length - 1 : -1;
    }

    /// <summary>Every character <see cref="IsSpace"/> accepts except the plain space.</summary>
    private static readonly SearchValues<char> SpacesOtherThanSpace = SearchValues.Create(
        [.. Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => c != ' ' && IsSpace(c))]);

    /// <summary>Whitespace and control characters (a stray NUL or form feed is layout, not text).</summary>
    public static bool IsSpace(char c) => c <= ' ' || (c >= '\u007f' && (char.IsWhiteSpace(c) || char.IsControl(c)));
}
