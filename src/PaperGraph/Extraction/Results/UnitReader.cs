namespace PaperGraph.Extraction.Results;

/// <summary>
/// The parts written after a number: its unit ("%", "\%", "pp", "points", "x", "×", "times",
/// "-fold"), an uncertainty ("±0.10", "pm0.10", "+/- 0.1", "\pm 0.1") and the upper end of a
/// range ("1.9-3.3x").
/// </summary>
internal static class UnitReader
{
    /// <summary>
    /// Reads a unit at <paramref name="end"/> and moves past it. False when letters glued to the
    /// number make it part of a name or size: "3D", "7B", "1080p", "1st", "10-shot", "3x3".
    /// </summary>
    public static bool TryRead(string text, ref int end, int hi, ref QuantityUnit unit, ref bool percentagePoints)
    {
        var k = end;
        if (k >= hi) return true;
        var c = text[k];
        if (c == '%' || (c == '\\' && At(text, k + 1, hi, "%")))
        {
            unit = QuantityUnit.Percent;
            end = ReadPointsAfterPercent(text, k + (c == '%' ? 1 : 2), hi, ref percentagePoints);
            return true;
        }
        if (c == '$' && (At(text, k, hi, "$%$") || At(text, k, hi, "$\\%$")))
        {
            unit = QuantityUnit.Percent;
            end = k + (text[k + 1] == '%' ? 3 : 4);
            return true;
        }
        var latex = QuantityGrammar.IsSpace(c) ? k + 1 : k;
        foreach (var times in (ReadOnlySpan<string>)["$\\times$", "\\times", "$\\times"])
        {
            if (!At(text, latex, hi, times)) continue;
            // "512$\times$1024" is a size, "3$\times$ faster" a multiplier.
            var close = latex + times.Length;
            if (close < hi && text[close] == '$') close++;
            var after = QuantityGrammar.SkipSpaces(text, close, hi);
            if (after < hi && char.IsAsciiDigit(text[after])) return false;
            unit = QuantityUnit.Times;
            end = close;
            return true;
        }
        if (c is 'x' or 'X' or '×')
        {
            if (k + 1 < hi && char.IsLetterOrDigit(text[k + 1])) return false;
            unit = QuantityUnit.Times;
            end = k + 1;
            return true;
        }
        if (char.IsLetter(c))
        {
            if (IsPlusMinusAt(text, k, hi, out _)) return true;
            if (At(text, k, hi, "pp") && !(k + 2 < hi && char.IsLetter(text[k + 2])))
            {
                unit = QuantityUnit.Percent;
                percentagePoints = true;
                end = k + 2;
                return true;
            }
            return false;
        }
        if (c is '-' or '‐' && k + 1 < hi && char.IsLetter(text[k + 1]))
        {
            return ReadUnitWord(text, k + 1, hi, ref end, ref unit, ref percentagePoints, hyphenated: true);
        }
        if (QuantityGrammar.IsSpace(c) && k + 1 < hi)
        {
            var w = k + 1;
            if (text[w] == '%' || (text[w] == '\\' && At(text, w + 1, hi, "%")))
            {
                unit = QuantityUnit.Percent;
                end = ReadPointsAfterPercent(text, w + (text[w] == '%' ? 1 : 2), hi, ref percentagePoints);
                return true;
            }
            if (text[w] == '×' && !(w + 1 < hi && char.IsLetterOrDigit(text[w + 1])))
            {
                unit = QuantityUnit.Times;
                end = w + 1;
                return true;
            }
            if (char.IsLetter(text[w])) ReadUnitWord(text, w, hi, ref end, ref unit, ref percentagePoints, hyphenated: false);
        }
        return true;
    }

    /// <summary>Reads "±0.10", "pm0.10", " +/- 0.1", "\pm 0.1" at <paramref name="k"/>.</summary>
    public static bool TryReadPlusMinus(string text, int k, int hi, out double value, out int end)
    {
        value = 0;
        end = k;
        var j = QuantityGrammar.SkipSpaces(text, k, hi);
        if (!IsPlusMinusAt(text, j, hi, out var digit)) return false;
        return NumberScanner.TryRead(text, digit, hi, out value, out end, out _, out _);
    }

    /// <summary>Reads the upper end of "1.9-3.3x" or "50-75%" from its first digit; needs a unit on one end.</summary>
    public static bool TryReadRangeEnd(string text, int digit, int hi, ref QuantityUnit unit, ref bool percentagePoints,
        out double upper, out int end)
    {
        if (!NumberScanner.TryRead(text, digit, hi, out upper, out end, out _, out _)) return false;
        var upperUnit = QuantityUnit.None;
        if (!TryRead(text, ref end, hi, ref upperUnit, ref percentagePoints)) return false;
        if (upperUnit != QuantityUnit.None) unit = upperUnit;
        return unit != QuantityUnit.None;
    }

    private static bool IsPlusMinusAt(string text, int j, int hi, out int digit)
    {
        digit = -1;
        int after;
        if (j >= hi) return false;
        if (text[j] == '±') after = j + 1;
        else if (At(text, j, hi, "Â±")) after = j + 2; // "±" read as Latin-1 after a UTF-8 round trip
        else if (At(text, j, hi, "$\\pm$")) after = j + 5;
        else if (At(text, j, hi, "\\pm")) after = j + 3;
        else if (At(text, j, hi, "+/-")) after = j + 3;
        else if (At(text, j, hi, "+-")) after = j + 2;
        else if (text[j] == 'p' && At(text, j, hi, "pm")) after = j + 2;
        else return false;
        var d = QuantityGrammar.SkipSpaces(text, after, hi);
        if (d >= hi || !char.IsAsciiDigit(text[d])) return false;
        digit = d;
        return true;
    }

    private static bool ReadUnitWord(string text, int w, int hi, ref int end, ref QuantityUnit unit, ref bool percentagePoints, bool hyphenated)
    {
        var wordEnd = w;
        while (wordEnd < hi && char.IsLetter(text[wordEnd])) wordEnd++;
        var word = text.AsSpan(w, wordEnd - w);
        if (word.Equals("fold", StringComparison.OrdinalIgnoreCase) || word.Equals("times", StringComparison.OrdinalIgnoreCase))
        {
            unit = QuantityUnit.Times;
        }
        else if (word.Equals("percent", StringComparison.OrdinalIgnoreCase))
        {
            unit = QuantityUnit.Percent;
        }
        else if (word.Equals("percentage", StringComparison.OrdinalIgnoreCase) && At(text, wordEnd, hi, " point"))
        {
            unit = QuantityUnit.Percent;
            percentagePoints = true;
            wordEnd += 6;
            while (wordEnd < hi && char.IsLetter(text[wordEnd])) wordEnd++;
        }
        else if (word.Equals("pp", StringComparison.OrdinalIgnoreCase))
        {
            unit = QuantityUnit.Percent;
            percentagePoints = true;
        }
        else if (!(word.Equals("points", StringComparison.OrdinalIgnoreCase) || word.Equals("point", StringComparison.OrdinalIgnoreCase)
                   || word.Equals("pts", StringComparison.OrdinalIgnoreCase)))
        {
            // Points stay unit None but belong to the written value: "1.5 points".
            return !hyphenated;
        }
        end = wordEnd;
        return true;
    }

    // "3.2% points", "3.2%-points", "3.2 % pts".
    private static int ReadPointsAfterPercent(string text, int k, int hi, ref bool percentagePoints)
    {
        if (k < hi && (text[k] == '-' || QuantityGrammar.IsSpace(text[k])))
        {
            var w = k + 1;
            foreach (var word in (ReadOnlySpan<string>)["points", "point", "pts"])
            {
                if (At(text, w, hi, word) && (w + word.Length == hi || !char.IsLetter(text[w + word.Length])))
                {
                    percentagePoints = true;
                    return w + word.Length;
                }
            }
        }
        return k;
    }

    private static bool At(string text, int k, int hi, string s) =>
        k + s.Length <= hi && text.AsSpan(k, s.Length).Equals(s, StringComparison.OrdinalIgnoreCase);
}
