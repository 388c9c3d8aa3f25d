namespace PaperGraph.Export;

/// <summary>
/// Makes text storable in XML 1.0: control characters other than tab and line ends, unpaired
/// surrogates and U+FFFE/U+FFFF become U+FFFD. XmlWriter would otherwise refuse the whole file
/// because of one stray byte in one abstract.
/// </summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (IsAllowed(c)) continue;
            copy ??= text.ToCharArray();
            copy[i] = '\uFFFD';
        }
        return copy is null ? text : new string(copy);
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
