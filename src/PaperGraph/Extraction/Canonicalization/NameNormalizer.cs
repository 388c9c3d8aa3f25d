namespace PaperGraph.Extraction.Canonicalization;

/// <summary>
/// The cross-paper key of a name: lower case, accents and LaTeX escapes dropped, only letters and
/// digits kept (plus a decimal point between digits and "+", which distinguish "Llama 3.1" from
/// "Llama 31" and "RefCOCO+" from "RefCOCO"), and one plural "s" folded. So "Faster R-CNN",
/// "faster RCNN" and "Faster R-CNNs" meet; "FastSpeech" and "FastSpeech 2" do not.
/// </summary>
internal static class NameNormalizer
{
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Key(name.AsSpan());
    }

    public static string Key(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = c > 127 ? Fold(c) : char.ToLowerInvariant(c);
            }
            else if (c == '.' && n > 0 && char.IsDigit(buffer[n - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])) buffer[n++] = '.';
            else if (c == '+' && n > 0) buffer[n++] = '+';
        }
        if (n > 3 && buffer[n - 1] == 's' && buffer[n - 2] != 's' && char.IsLetter(buffer[n - 2])) n--;
        return new string(buffer[..n]);
    }

    // Latin letters with accents fold to their base letter ("Fréchet" ~ "Frechet", as LaTeX "Fr\'echet"
    // also gives); the invariant globalisation mode has no Unicode decomposition to do it for us.
    private const string Accented = "àáâãäåèéêëìíîïòóôõöøùúûüýÿñçšžłńśźćőű";
    private const string Plain = "aaaaaaeeeeiiiioooooouuuuyyncszlnszcou";

    private static char Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        var at = Accented.IndexOf(lower);
        return at >= 0 ? Plain[at] : lower;
    }
}
