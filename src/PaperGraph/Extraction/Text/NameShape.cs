namespace PaperGraph.Extraction.Text;

/// <summary>
/// Whether a token looks like a name by its letters alone: an acronym ("DETR", "GPT-4"), CamelCase
/// ("ScaLearn", "mIoU"), a capitalised word with digits ("Phi3", "ResNet18"), letters around a digit
/// ("word2vec"), or a hyphenated token with such a part ("Co-DETR", "FoMo-in-Flux"). Plain capitalised
/// words, hyphenated title-case compounds ("Short-Term") and measures ("3D", "7B", "10x") are not.
/// </summary>
internal static class NameShape
{
    public static bool IsNameShaped(string text, Token token) => IsNameShaped(text.AsSpan(token.Start, token.Length), token);

    public static bool IsNameShaped(ReadOnlySpan<char> chars, Token token)
    {
        if (token.Kind != TokenKind.Word || !token.Is(TokenShape.HasLetter)) return false;
        if (char.IsDigit(chars[0]) || chars.Contains('_') || StartsWithLowerAtom(chars)) return false;
        if (token.Is(TokenShape.AllUpper) || token.Is(TokenShape.InnerUpper)) return true;
        if (token.Is(TokenShape.HasDigit))
        {
            return token.Is(TokenShape.Capitalized) ? chars.Length >= 2 : HasDigitBetweenLetters(chars);
        }
        return token.Is(TokenShape.Hyphenated) && HasUpperAtom(chars);
    }

    /// <summary>
    /// The length of the name in a token ending in a modifier word: 3 for "CNN-based", the whole length
    /// otherwise (also for "Alpha-divergence", where the lower-case part is not a modifier).
    /// </summary>
    public static int WithoutModifier(ReadOnlySpan<char> chars, ExtractionCues cues)
    {
        var hyphen = chars.LastIndexOfAny('-', '\u2010', '\u2011');
        if (hyphen <= 0 || hyphen == chars.Length - 1) return chars.Length;
        return cues.Is(NameCueKind.Modifier, chars[(hyphen + 1)..]) ? hyphen : chars.Length;
    }

    private static bool HasDigitBetweenLetters(ReadOnlySpan<char> chars)
    {
        for (var i = 1; i < chars.Length - 1; i++)
        {
            if (char.IsDigit(chars[i]) && char.IsLetter(chars[i - 1]) && char.IsLetter(chars[i + 1])) return true;
        }
        return false;
    }

    // A hyphen-separated part with two capitals, or a capital followed by digits ("Llama-3" is caught earlier).
    private static bool HasUpperAtom(ReadOnlySpan<char> chars)
    {
        var upper = 0;
        foreach (var c in chars)
        {
            if (Tokenizer.IsHyphen(c)) { upper = 0; continue; }
            if (char.IsUpper(c) && ++upper >= 2) return true;
        }
        return false;
    }

    // "no-CL", "non-IID", "pre-LN": a lower-case prefix before a capitalised part.
    private static bool StartsWithLowerAtom(ReadOnlySpan<char> chars)
    {
        var hyphen = chars.IndexOfAny('-', '\u2010', '\u2011');
        if (hyphen < 2) return false;
        foreach (var c in chars[..hyphen]) if (!char.IsLower(c)) return false;
        return true;
    }

    /// <summary>Ends in a parameter count, so it names a model: "OPT-125M", "Llama-2-7B", "Qwen2.5-VL-72B".</summary>
    public static bool HasModelSize(ReadOnlySpan<char> name)
    {
        if (name.Length < 3) return false;
        var last = name[^1];
        if (last is not ('B' or 'M' or 'b')) return false;
        var i = name.Length - 2;
        if (!char.IsDigit(name[i])) return false;
        while (i >= 0 && (char.IsDigit(name[i]) || name[i] == '.')) i--;
        return i >= 0 && (Tokenizer.IsHyphen(name[i]) || name[i] == ' ');
    }
}
