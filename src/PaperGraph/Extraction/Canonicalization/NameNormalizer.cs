namespace PaperGraph.Extraction.Canonicalization;

/// <summary>
/// The cross-paper key of a name: lower case, accents and LaTeX escapes dropped, only letters and
/// digits kept (plus a decimal point between digits and "+", which distinguish "Llama 3.1" from
/// "Llama 31" and "RefCOCO+" from "RefCOCO"), and one plural folded. So "Faster R-CNN",
/// "faster RCNN" and "Faster R-CNNs" meet, as do "image patches" and "image patch", "bounding boxes"
/// and "bounding box", "policies" and "policy"; "FastSpeech" and "FastSpeech 2" do not.
/// </summary>
/// <remarks>
/// A plural "s" is folded after any letter but "s" ("LLMs", "GANs", "losses" keep their stem). The
/// English "-es" and "-ies" plurals are folded only where the plural is unambiguous and written in
/// lower case: "-sses", "-xes", "-ches", "-shes" lose "es" ("processes", "boxes", "patches",
/// "meshes") and a consonant before "-ies" takes "y" ("strategies"). Elsewhere "-es" only loses its
/// "s", since the singular ends in "e" ("cases", "sizes", "responses", "caches"), and a name in
/// capitals keeps its letters ("RMSE" is not the plural of "RMS", nor "MUSE" of "MU"). "Bayes",
/// "Hermes" and "Moses" are therefore keyed as before, and a handful of words whose singular ends in
/// "-ie" or "-che" ("movies", "calories", "caches", "niches") or that never change ("series",
/// "species") keep the plain rule.
/// </remarks>
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
        // Bit k set: the k-th kept character from the end was written in upper case.
        var upperTail = 0u;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = c > 127 ? Fold(c) : char.ToLowerInvariant(c);
                upperTail = upperTail << 1 | (char.IsUpper(c) ? 1u : 0u);
            }
            else if (c == '.' && n > 0 && char.IsDigit(buffer[n - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                buffer[n++] = '.';
                upperTail <<= 1;
            }
            else if (c == '+' && n > 0)
            {
                buffer[n++] = '+';
                upperTail <<= 1;
            }
        }
        n = Singular(buffer, n, upperTail, out var y);
        return y ? string.Concat(buffer[..n], "y") : new string(buffer[..n]);
    }

    // The length of the singular stem; y: append "y" ("strategies" -> "strateg" + "y").
    private static int Singular(ReadOnlySpan<char> word, int n, uint upperTail, out bool y)
    {
        y = false;
        var w = word[..n];
        if (n > 4 && LowerLetters(w, upperTail, 4) && !EndsWithAny(w, KeepPlainRule))
        {
            if (w.EndsWith("ies") && !IsVowel(w[^4]))
            {
                y = true;
                return n - 3;
            }
            if (w.EndsWith("sses") || w.EndsWith("ches") || w.EndsWith("shes") || w.EndsWith("xes")) return n - 2;
        }
        if (n > 3 && w[^1] == 's' && w[^2] != 's' && char.IsLetter(w[^2])) return n - 1;
        return n;
    }

    // Plurals of singulars in "-ie" and "-che", and words whose singular is the plural.
    private static readonly string[] KeepPlainRule =
        ["movies", "cookies", "calories", "zombies", "selfies", "rookies", "genies", "pixies", "goalies", "brownies", "smoothies",
         "series", "species", "caches", "niches", "headaches", "avalanches", "psyches", "cliches", "moustaches", "mustaches", "quiches"];

    private static bool EndsWithAny(ReadOnlySpan<char> word, string[] suffixes)
    {
        foreach (var s in suffixes) if (word.EndsWith(s)) return true;
        return false;
    }

    private static bool LowerLetters(ReadOnlySpan<char> word, uint upperTail, int count)
    {
        if ((upperTail & ((1u << count) - 1)) != 0) return false;
        for (var k = 1; k <= count; k++) if (!char.IsLetter(word[^k])) return false;
        return true;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

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
