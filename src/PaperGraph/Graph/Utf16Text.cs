namespace PaperGraph.Graph;

/// <summary>
/// Replaces unpaired surrogates by U+FFFD. Writers of JSON and XML refuse them, and input decoded from
/// escapes ("\ud800") can hold them; one character for one keeps every evidence offset valid.
/// </summary>
internal static class Utf16Text
{
    public static string Repair(string text)
    {
        var span = text.AsSpan();
        var at = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (at < 0) return text;
        char[]? copy = null;
        for (var i = at; i < span.Length; i++)
        {
            var c = span[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
                continue;
            }
            copy ??= text.ToCharArray();
            copy[i] = '\uFFFD';
        }
        return copy is null ? text : new string(copy);
    }
}
