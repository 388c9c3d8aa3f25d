using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Lexicon;

/// <summary>
/// How a lexicon form matches text. Spaces and hyphens are interchangeable and optional where the
/// form has one ("Faster R-CNN" ~ "Faster RCNN", "Mixture-of-Experts" ~ "mixture of experts") but
/// never inserted where it has none ("ImageNet" does not match "Image Net"). Case:
/// <list type="bullet">
/// <item>a form with no uppercase letter and no digit matches in any case ("contrastive learning");</item>
/// <item>a title-case phrase of two or more words without digits ("Inception Score",
/// "Neural Architecture Search") also matches in any case, except for datasets and benchmarks,
/// whose title-case names are proper nouns that collide with prose ("Natural Questions");</item>
/// <item>any other form with an uppercase letter or digit matches only with that exact case ("Adam", "GPT-4").</item>
/// </list>
/// Plurals: case-insensitive forms also match with "s"/"es"/"ies" ("diffusion models", "strategies");
/// case-sensitive forms ending in a letter also match with a lower-case "s" ("GANs", "DETRs", "Mambas").
/// </summary>
internal static class LexiconFormRules
{
    public static bool IsSeparator(char c) => c == ' ' || Tokenizer.IsHyphen(c);

    public static bool IsCaseSensitive(string form, EntityType type)
    {
        var hasUpper = false;
        foreach (var c in form)
        {
            if (char.IsDigit(c)) return true;
            if (char.IsUpper(c)) hasUpper = true;
        }
        if (!hasUpper) return false;
        if (type.IsEvaluationTarget()) return true;
        return !IsTitleCasePhrase(form);
    }

    /// <summary>
    /// Two or more words, each all lower case or a capital followed by lower case only. A capital
    /// standing alone at the end, or an "A" inside, is a letter of the name, not title case: "Shap-E"
    /// must not match "shape", nor "Make-A-Video" "make a video".
    /// </summary>
    public static bool IsTitleCasePhrase(string form)
    {
        var words = 0;
        var i = 0;
        while (i < form.Length)
        {
            while (i < form.Length && IsSeparator(form[i])) i++;
            if (i >= form.Length) break;
            var start = i;
            while (i < form.Length && !IsSeparator(form[i])) i++;
            words++;
            for (var k = start + 1; k < i; k++)
            {
                if (!char.IsLower(form[k])) return false;
            }
            if (!char.IsLetter(form[start])) return false;
            if (words > 1 && i - start == 1 && (form[start] == 'A' || i == form.Length)) return false;
        }
        return words >= 2;
    }

    /// <summary>
    /// A case-sensitive form with lower-case words, written as a title ("3D Object Detection") and as a
    /// sentence opening ("Top-1 accuracy"); nothing when it has no lower-case word ("GPT-4").
    /// </summary>
    public static IEnumerable<string> CapitalisedVariants(string form)
    {
        var title = form.ToCharArray();
        var changed = false;
        for (var i = 0; i < title.Length; i++)
        {
            if ((i == 0 || IsSeparator(title[i - 1])) && char.IsLower(title[i]) && LowerWordAt(form, i))
            {
                title[i] = char.ToUpperInvariant(title[i]);
                changed = true;
            }
        }
        if (!changed) yield break;
        var titled = new string(title);
        yield return titled;
        if (char.IsLower(form[0]))
        {
            var opening = char.ToUpperInvariant(form[0]) + form[1..];
            if (opening != titled) yield return opening;
        }
    }

    // Is the word starting at i all lower-case letters (a word of prose, not "mAP" or "iPhone")?
    private static bool LowerWordAt(string form, int i)
    {
        var k = i;
        while (k < form.Length && !IsSeparator(form[k]))
        {
            if (!char.IsLower(form[k])) return false;
            k++;
        }
        return true;
    }

    /// <summary>The form and its plural variants, as written (separators kept).</summary>
    public static IEnumerable<string> Variants(string form, bool caseSensitive)
    {
        yield return form;
        if (form.Length < 2) yield break;
        var last = form[^1];
        if (caseSensitive)
        {
            if (char.IsLetter(last) && last != 's') yield return form + "s";
            yield break;
        }
        if (!char.IsLetter(last)) yield break;
        if (last == 'y' && form.Length > 2 && !IsVowel(form[^2])) yield return form[..^1] + "ies";
        else if (last is 's' or 'x' || form.EndsWith("ch", StringComparison.Ordinal) || form.EndsWith("sh", StringComparison.Ordinal)) yield return form + "es";
        else yield return form + "s";
    }

    /// <summary>The form's characters without separators; separator positions are returned as a mask.</summary>
    public static string KeyOf(string form, List<int>? separatorAfter = null)
    {
        var chars = new char[form.Length];
        var n = 0;
        foreach (var c in form)
        {
            if (IsSeparator(c))
            {
                if (n > 0) separatorAfter?.Add(n);
                continue;
            }
            chars[n++] = c;
        }
        return new string(chars, 0, n);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// A match may end where no letter or digit follows, but not where the name goes on: a version
    /// ("Llama-3" in "Llama-3.1", "ViT-L" in "ViT-L/16"), "@k" or "+" ("RefCOCO" in "RefCOCO+"), or a
    /// hyphen, unless what follows the hyphen is a modifier word ("CLIP" in "CLIP-based", not "DETR" in
    /// "DETR-XL"). Without cues no hyphen ending is allowed.
    /// </summary>
    public static bool IsValidEnd(ReadOnlySpan<char> text, int end, ExtractionCues? cues)
    {
        if (end >= text.Length) return true;
        var c = text[end];
        if (char.IsLetterOrDigit(c)) return false;
        var next = end + 1 < text.Length ? text[end + 1] : ' ';
        if (c is '@' or '+' or '_') return false;
        if (c is '.' or '/' or ',') return !char.IsDigit(next);
        if (Tokenizer.IsHyphen(c)) return cues is not null && IsModifier(text, end + 1, cues);
        return true;
    }

    // "-based", "-style", "-like": the rest of the hyphenated token is one modifier word.
    public static bool IsModifier(ReadOnlySpan<char> text, int start, ExtractionCues cues)
    {
        var i = start;
        while (i < text.Length && char.IsLower(text[i])) i++;
        if (i == start || (i < text.Length && (char.IsLetterOrDigit(text[i]) || Tokenizer.IsHyphen(text[i])))) return false;
        return cues.Is(NameCueKind.Modifier, text[start..i]);
    }
}
