namespace PaperGraph.Extraction.Results;

/// <summary>
/// Reads one numeric literal: digits, thousands separators ("96,962"), one decimal part.
/// Exact for the values papers print: an integer mantissa over a power of ten rounds once.
/// </summary>
internal static class NumberScanner
{
    private const int MaxDigits = 15;

    private static readonly double[] PowersOfTen =
        [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// Reads a literal starting at a digit. Returns false for shapes that are not one number:
    /// versions ("3.5.1"), too many digits. <paramref name="next"/> is where scanning resumes.
    /// </summary>
    public static bool TryRead(string text, int start, int limit, out double value, out int next, out bool hasDecimal,
        out int integerDigits)
    {
        value = 0;
        hasDecimal = false;
        long mantissa = 0;
        var digits = 0;
        var fractionDigits = 0;
        var i = start;
        var groupLength = 0;
        while (i < limit)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                groupLength++;
                i++;
            }
            else if (c == ',' && IsThousandsGroup(text, i, limit, groupLength, digits))
            {
                groupLength = 0;
                i++;
            }
            else break;
            if (digits > MaxDigits) { next = SkipDigits(text, i, limit); integerDigits = digits; return false; }
        }
        integerDigits = digits;
        if (i + 1 < limit && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            hasDecimal = true;
            i++;
            while (i < limit && char.IsAsciiDigit(text[i]))
            {
                mantissa = mantissa * 10 + (text[i] - '0');
                digits++;
                fractionDigits++;
                i++;
                if (digits > MaxDigits) { next = SkipDigits(text, i, limit); return false; }
            }
            if (i + 1 < limit && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
            {
                next = SkipVersion(text, i, limit);
                return false;
            }
        }
        next = i;
        value = mantissa / PowersOfTen[fractionDigits];
        return true;
    }

    // "96,962" groups by three after a first group of one to three digits; "3,4" does not.
    private static bool IsThousandsGroup(string text, int comma, int limit, int groupLength, int digits)
    {
        if (groupLength == 0 || groupLength > 3 || (digits > 3 && groupLength != 3)) return false;
        for (var k = 1; k <= 3; k++)
        {
            if (comma + k >= limit || !char.IsAsciiDigit(text[comma + k])) return false;
        }
        return comma + 4 >= limit || !char.IsAsciiDigit(text[comma + 4]);
    }

    private static int SkipDigits(string text, int i, int limit)
    {
        while (i < limit && (char.IsAsciiDigit(text[i]) || text[i] is '.' or ',')) i++;
        return i;
    }

    private static int SkipVersion(string text, int i, int limit)
    {
        while (i < limit && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && i + 1 < limit && char.IsAsciiDigit(text[i + 1])))) i++;
        return i;
    }
}
