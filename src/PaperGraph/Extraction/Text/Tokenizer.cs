namespace PaperGraph.Extraction.Text;

/// <summary>
/// Splits a field into word, number, abbreviation, URL and punctuation tokens with offsets into
/// the original text. Names keep their joiners ("R-CNN", "ViT-L/16", "Llama-3.1-8B", "mR@50",
/// "RefCOCO+") because splitting them would make every recogniser glue them back together.
/// </summary>
internal static class Tokenizer
{
    // Dotted abbreviations whose periods must never end a sentence; part of the tokenizer's
    // grammar rather than domain vocabulary.
    private static readonly string[] Abbreviations =
    [
        "e.g.", "E.g.", "i.e.", "I.e.", "al.", "vs.", "cf.", "Cf.", "etc.", "Fig.", "Figs.", "Eq.", "Eqs.",
        "Eqn.", "Sec.", "Tab.", "Ref.", "Refs.", "resp.", "approx.", "w.r.t.", "a.k.a.", "viz.", "ca.", "No.", "pp.",
        "e.g", "i.e",
    ];

    // One growing buffer per thread: the result is copied out at its exact size, so a paper costs one array.
    [ThreadStatic]
    private static List<Token>? buffer;

    public static Token[] Tokenize(string text) => Tokenize(text, text.Length);

    /// <summary>The tokens of text[0..length); offsets stay those of the whole text.</summary>
    public static Token[] Tokenize(string text, int length)
    {
        var tokens = buffer ??= new List<Token>(512);
        tokens.Clear();
        var i = 0;
        while (i < length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int end;
            if (IsUrlStart(text, i))
            {
                end = ScanUrl(text, i);
                tokens.Add(new Token(i, end, TokenKind.Url, TokenShape.None));
            }
            else if (char.IsLetterOrDigit(c))
            {
                var abbreviation = MatchAbbreviation(text, i);
                if (abbreviation > 0)
                {
                    end = i + abbreviation;
                    tokens.Add(new Token(i, end, TokenKind.Abbreviation, ShapeOf(text, i, end)));
                }
                else
                {
                    end = ScanWord(text, i);
                    tokens.Add(new Token(i, end, IsNumber(text, i, end) ? TokenKind.Number : TokenKind.Word, ShapeOf(text, i, end)));
                }
            }
            else
            {
                end = i + 1;
                tokens.Add(new Token(i, end, TokenKind.Punctuation, TokenShape.None));
            }
            i = end;
        }
        return tokens.ToArray();
    }

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static int ScanWord(string text, int start)
    {
        var n = text.Length;
        var j = start;
        while (true)
        {
            while (j < n && char.IsLetterOrDigit(text[j])) j++;
            if (j >= n || j + 1 > n) return j;
            var c = text[j];
            var next = j + 1 < n ? text[j + 1] : '\0';
            var prev = text[j - 1];
            if ((IsHyphen(c) || c is '@' or '_') && char.IsLetterOrDigit(next)) { j++; continue; }
            if (c == '.' && char.IsDigit(prev) && char.IsDigit(next)) { j++; continue; }
            if (c == '/' && char.IsDigit(next) && HasLetter(text, start, j)) { j++; continue; }
            if (c == ',' && IsThousandsGroup(text, start, j)) { j++; continue; }
            if (c == '+' && HasUpper(text, start, j))
            {
                if (char.IsUpper(next)) { j++; continue; }
                var k = j;
                while (k < n && text[k] == '+') k++;
                return k < n && char.IsLetterOrDigit(text[k]) ? j : k;
            }
            return j;
        }
    }

    // "96,962": a comma between digit groups of three inside an all-digit token.
    private static bool IsThousandsGroup(string text, int start, int comma)
    {
        for (var k = start; k < comma; k++) if (!char.IsDigit(text[k]) && text[k] != ',') return false;
        var digits = 0;
        var k2 = comma + 1;
        while (k2 < text.Length && char.IsDigit(text[k2])) { digits++; k2++; }
        return digits == 3 && (k2 >= text.Length || !char.IsLetter(text[k2]));
    }

    private static bool HasLetter(string text, int start, int end)
    {
        for (var k = start; k < end; k++) if (char.IsLetter(text[k])) return true;
        return false;
    }

    private static bool HasUpper(string text, int start, int end)
    {
        for (var k = start; k < end; k++) if (char.IsUpper(text[k])) return true;
        return false;
    }

    private static bool IsNumber(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (!char.IsDigit(c) && c != '.' && c != ',') return false;
        }
        return true;
    }

    private static int MatchAbbreviation(string text, int start)
    {
        if (start > 0 && char.IsLetterOrDigit(text[start - 1])) return 0;
        // Every abbreviation has a period after its first one to six letters: most words fail here.
        var run = start;
        while (run < text.Length && run - start <= 6 && char.IsLetter(text[run])) run++;
        if (run >= text.Length || text[run] != '.') return 0;
        foreach (var a in Abbreviations)
        {
            if (string.CompareOrdinal(text, start, a, 0, a.Length) != 0) continue;
            var after = start + a.Length;
            if (after < text.Length && char.IsLetterOrDigit(text[after])) continue;
            return a.Length;
        }
        return 0;
    }

    private static bool IsUrlStart(string text, int i)
    {
        if (text[i] is not ('h' or 'H' or 'w' or 'W')) return false;
        if (i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not ('(' or '[' or '<' or ':' or '"')) return false;
        var rest = text.AsSpan(i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static int ScanUrl(string text, int start)
    {
        var j = start;
        while (j < text.Length && !char.IsWhiteSpace(text[j])) j++;
        // Trailing sentence punctuation and closing brackets belong to the prose, not the address.
        while (j > start + 1 && text[j - 1] is '.' or ',' or ';' or ':' or ')' or ']' or '>' or '"' or '\'') j--;
        return j;
    }

    private static TokenShape ShapeOf(string text, int start, int end)
    {
        var shape = TokenShape.None;
        int upper = 0, lower = 0, upperRun = 0, lowerRun = 0;
        var prevLower = false;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (char.IsUpper(c))
            {
                upper++;
                if (prevLower) shape |= TokenShape.InnerUpper;
                prevLower = false;
                upperRun = lowerRun > 0 ? 1 : upperRun + 1;
                lowerRun = 0;
            }
            else if (char.IsLower(c))
            {
                lower++;
                prevLower = true;
                // "SSRFlow", "MLPerf": a run of capitals, then a lower-case word part.
                if (++lowerRun == 2 && upperRun >= 3) shape |= TokenShape.InnerUpper;
            }
            else
            {
                prevLower = false;
                if (char.IsDigit(c)) shape |= TokenShape.HasDigit;
                else if (IsHyphen(c)) shape |= TokenShape.Hyphenated;
                else if (c is '/' or '@' or '+' or '.' or '_' or ',') shape |= TokenShape.OtherJoiner;
            }
        }
        if (upper + lower > 0) shape |= TokenShape.HasLetter;
        if (char.IsUpper(text[start])) shape |= TokenShape.Capitalized;
        if (upper >= 2 && lower == 0) shape |= TokenShape.AllUpper;
        if (upper == 0 && lower > 0) shape |= TokenShape.AllLower;
        return shape;
    }
}
