using System.Text;

namespace PaperGraph.Graph;

/// <summary>
/// Folds a name to the form two papers' spellings are compared in: case, hyphens, spaces and
/// punctuation dropped, and, for a name whose case shows it, a plural "s" ("GANs", "Transformers").
/// Digits, "+" and the dot of a version number stay, so that "FastSpeech 2" never folds to "FastSpeech"
/// and "GPT-3.5" stays apart from "GPT-3".
/// </summary>
internal static class NameFolder
{
    /// <param name="name">The name to fold.</param>
    /// <param name="plural">
    /// Drop a plural "s". Off for extractor keys: they are lower case, and only case tells the plural
    /// "GANs" from the acronym "DARTS".
    /// </param>
    public static string Fold(string name, bool plural = true)
    {
        var text = name;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            // Full-width forms ("ＣＩＦＡＲ") fold by hand: the build runs with invariant globalization, where
            // Unicode normalisation does nothing, and folding must not depend on the machine.
            var c = text[i] is >= '\uFF01' and <= '\uFF5E' ? (char)(text[i] - 0xFEE0) : text[i];
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (c == '+') sb.Append(c);
            else if (c == '.' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) sb.Append(c);
        }
        if (plural && EndsWithPlural(text, sb)) sb.Length--;
        return sb.ToString();
    }

    // "GANs", "Transformers" are plurals; "loss", "corpus", "analysis", "DARTS" and short words are not.
    private static bool EndsWithPlural(string text, StringBuilder folded)
    {
        if (folded.Length <= 3) return false;
        var last = text.Length - 1;
        while (last >= 0 && !char.IsLetterOrDigit(text[last])) last--;
        if (last < 1 || text[last] != 's') return false;
        var before = text[last - 1];
        if (!char.IsLetter(before)) return false;
        return char.ToLowerInvariant(before) is not ('s' or 'u' or 'i');
    }
}
