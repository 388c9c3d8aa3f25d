namespace PaperGraph.Extraction.Results;

/// <summary>
/// Finds the numbers of a text that can be reported values, with their written form: signs,
/// decimals, thousands separators, "%"/"pp"/"points", "x"/"×"/"times"/"-fold", "±"/"pm"/"+/-"
/// uncertainties, ranges "1.9-3.3x" and changes "from A to B", "A → B". Rejects numbers glued
/// into names ("CIFAR-10", "mR@50", "V6", "3D", "7B"), years, labels ("Table 2") and counts
/// ("96,962 theorems", "10 times more parameters"). See docs/results.md.
/// </summary>
internal static class QuantityGrammar
{
    public const int MaxMatches = 32;

    /// <summary>Writes the quantities found in [start, end) to <paramref name="matches"/>; returns how many.</summary>
    public static int Scan(string text, int start, int end, Span<QuantityMatch> matches)
    {
        var count = 0;
        var i = start;
        while (i < end && count < matches.Length)
        {
            if (!char.IsAsciiDigit(text[i])) { i++; continue; }
            if (TryRead(text, i, start, end, out var match, out var next))
            {
                matches[count++] = match;
                i = match.End;
            }
            else
            {
                i = Math.Max(next, i + 1);
            }
        }
        return count;
    }

    /// <summary>Reads all of <paramref name="text"/> as one quantity: "8.81pm0.10", "+1.3%", "from 21% to 34%".</summary>
    public static bool TryParse(string text, out Quantity? quantity)
    {
        quantity = null;
        var first = 0;
        while (first < text.Length && !char.IsAsciiDigit(text[first])) first++;
        if (first == text.Length || !TryRead(text, first, 0, text.Length, out var match, out _)) return false;
        if (text.AsSpan(0, match.Start).Trim().Length != 0 || text.AsSpan(match.End).Trim().Length != 0) return false;
        quantity = match.ToQuantity(text, isDelta: match.Signed || match.PercentagePoints, negate: false);
        return true;
    }

    private static bool TryRead(string text, int digit, int lo, int hi, out QuantityMatch match, out int next)
    {
        match = default;
        if (!TryReadSingle(text, digit, lo, hi, out var first, out next)) return false;
        if (IsLabel(text, first, lo)) { next = first.End; return false; }
        match = first;
        if (TryReadTarget(text, first, lo, hi, out var changed)) match = changed;
        if (FollowedByCountNoun(text, match.End, hi)) { next = match.End; return false; }
        next = match.End;
        return true;
    }

    // "from A to B", "A → B": the value is B, A is kept as From.
    private static bool TryReadTarget(string text, QuantityMatch first, int lo, int hi, out QuantityMatch changed)
    {
        changed = default;
        var k = SkipSpaces(text, first.End, hi);
        var fromStart = PrecedingFrom(text, first.Start, lo);
        int after;
        if (StartsWithArrow(text, k, hi, out var arrowEnd)) after = arrowEnd;
        else if (fromStart >= 0 && IsWordAt(text, k, hi, "to")) after = k + 2;
        else return false;
        var digit = SkipSpaces(text, after, hi);
        if (digit < hi && text[digit] is '+' or '-' or '−' && digit + 1 < hi) digit++;
        if (digit >= hi || !char.IsAsciiDigit(text[digit])) return false;
        if (!TryReadSingle(text, digit, lo, hi, out var target, out _) || target.Start < after) return false;
        var unit = target.Unit != QuantityUnit.None ? target.Unit : first.Unit;
        changed = target with
        {
            Start = fromStart >= 0 ? fromStart : first.Start,
            Unit = unit,
            From = first.Value,
        };
        return true;
    }

    private static bool TryReadSingle(string text, int digit, int lo, int hi, out QuantityMatch match, out int next)
    {
        match = default;
        next = SkipGlued(text, digit, hi);
        if (!TryReadSign(text, digit, lo, out var start, out var sign) || IsSecondFactor(text, start, lo)) return false;
        if (!NumberScanner.TryRead(text, digit, hi, out var value, out var end, out var hasDecimal, out var integerDigits))
        {
            next = Math.Max(end, next);
            return false;
        }
        if (end + 1 < hi && text[end] is ':' or '/' && char.IsAsciiDigit(text[end + 1])) return false;
        var unit = QuantityUnit.None;
        var percentagePoints = false;
        if (!UnitReader.TryRead(text, ref end, hi, ref unit, ref percentagePoints)) return false;
        var plusMinus = double.NaN;
        if (UnitReader.TryReadPlusMinus(text, end, hi, out var uncertainty, out var afterUncertainty))
        {
            plusMinus = uncertainty;
            end = afterUncertainty;
            if (unit == QuantityUnit.None && !UnitReader.TryRead(text, ref end, hi, ref unit, ref percentagePoints)) return false;
        }
        else if (IsRangeDash(text, end, hi))
        {
            if (!UnitReader.TryReadRangeEnd(text, RangeEndStart(text, end), hi, ref unit, ref percentagePoints, out var upper, out end)) return false;
            value = upper;
        }
        if (IsFollowedByOperator(text, end, hi)) return false;
        var isYear = unit == QuantityUnit.None && !hasDecimal && sign == 0 && integerDigits == 4 && value is >= 1900 and <= 2099;
        if (isYear) return false;
        var signed = sign != 0;
        match = new QuantityMatch(start, end, start, end, sign < 0 ? -value : value, unit, plusMinus, double.NaN,
            signed, percentagePoints);
        next = end;
        return true;
    }

    // A sign belongs to the number only when it is not a hyphen inside a name ("GPT-4", "Llama-3-8B").
    private static bool TryReadSign(string text, int digit, int lo, out int start, out int sign)
    {
        start = digit;
        sign = 0;
        if (digit <= lo) return true;
        var p = text[digit - 1];
        var pp = digit - 2 >= lo ? text[digit - 2] : ' ';
        if (char.IsLetter(p) || p is '@' or '_' or '/' or '#' or '^' or '×' or '\\' or '.' or '&' or '°') return false;
        // "$85.2\%$" opens inline math; "US$5" or "a$5" is money or a name.
        if (p == '$') return !char.IsLetterOrDigit(pp);
        switch (p)
        {
            case '-' or '‐' or '‑' or '−' or '–':
                if (char.IsLetterOrDigit(pp) || pp is ')' or ']' or '-' or '.' or '/' or '_') return false;
                start = digit - 1;
                sign = -1;
                return true;
            case '+':
                if (char.IsLetterOrDigit(pp) || pp is '+' or '/') return false;
                start = digit - 1;
                sign = 1;
                return true;
            case ':' or ',' when char.IsAsciiDigit(pp):
                return false;
            default:
                return true;
        }
    }

    // "224 × 224", "3 \\times 3": the second side of a size; "×4" glued is refused with the sign.
    private static bool IsSecondFactor(string text, int start, int lo)
    {
        var k = start - 1;
        while (k >= lo && (IsSpace(text[k]) || text[k] == '$')) k--;
        if (k < lo || k == start - 1) return false;
        if (text[k] == '×') return true;
        return k - 5 >= lo && text.AsSpan(k - 5, 6).SequenceEqual("\\times");
    }

    // "Table 2", "Section 4.2", "Eq. 3": a bare number after a label word names something.
    private static bool IsLabel(string text, QuantityMatch match, int lo)
    {
        if (match.Unit != QuantityUnit.None || match.Signed) return false;
        var k = match.Start - 1;
        while (k >= lo && IsSpace(text[k])) k--;
        if (k >= lo && text[k] == '.') k--;
        var wordEnd = k + 1;
        while (k >= lo && char.IsLetter(text[k])) k--;
        return wordEnd - (k + 1) > 0 && ResultWords.Is(text.AsSpan(k + 1, wordEnd - (k + 1)), WordClass.Reference);
    }

    // "96,962 theorems", "1.2 GPU days", "7 billion", "10 times more parameters", "5% of the data".
    private static bool FollowedByCountNoun(string text, int end, int hi)
    {
        var k = end;
        var words = 0;
        while (words < 3)
        {
            k = SkipSpaces(text, k, hi);
            if (k >= hi || !char.IsLetter(text[k])) return false;
            var wordStart = k;
            while (k < hi && (char.IsLetterOrDigit(text[k]) || (text[k] is '-' or '\'' && k + 1 < hi && char.IsLetter(text[k + 1])))) k++;
            var classes = ResultWords.Of(text.AsSpan(wordStart, k - wordStart));
            if ((classes & (WordClass.CountNoun | WordClass.Magnitude)) != 0) return true;
            if ((classes & WordClass.Comparative) != 0 || (classes & WordClass.Determiner) != 0
                || text.AsSpan(wordStart, k - wordStart).Equals("of", StringComparison.OrdinalIgnoreCase)) continue;
            if ((classes & (WordClass.WindowStop | WordClass.Speed | WordClass.DeltaCue)) != 0) return false;
            words++;
        }
        return false;
    }

    private static int PrecedingFrom(string text, int start, int lo)
    {
        var k = start - 1;
        while (k >= lo && IsSpace(text[k])) k--;
        if (k - 3 < lo || k == start - 1) return -1;
        var wordStart = k - 3;
        if (!text.AsSpan(wordStart, 4).Equals("from", StringComparison.OrdinalIgnoreCase)) return -1;
        return wordStart == lo || !char.IsLetter(text[wordStart - 1]) ? wordStart : -1;
    }

    private static bool StartsWithArrow(string text, int k, int hi, out int end)
    {
        end = k;
        if (k >= hi) return false;
        if (text[k] is '→' or '⟶' or '➝' or '⇒') { end = k + 1; return true; }
        var span = text.AsSpan(k, hi - k);
        foreach (var arrow in (ReadOnlySpan<string>)["-->", "->", "=>"])
        {
            if (span.StartsWith(arrow, StringComparison.Ordinal)) { end = k + arrow.Length; return true; }
        }
        return false;
    }

    // "1.9-3.3x", "66%∼75%", "2.5×−69.2×", "25--45 percentage points".
    private static bool IsRangeDash(string text, int end, int hi)
    {
        if (end + 1 >= hi || text[end] is not ('-' or '–' or '—' or '−' or '~' or '∼')) return false;
        var next = text[end + 1] == '-' && end + 2 < hi ? end + 2 : end + 1;
        return char.IsAsciiDigit(text[next]);
    }

    private static int RangeEndStart(string text, int end) => text[end + 1] == '-' ? end + 2 : end + 1;

    // "(1+epsilon)", "10^5", "2*3": a term of a formula, not a reported value.
    private static bool IsFollowedByOperator(string text, int end, int hi)
    {
        if (end >= hi) return false;
        var c = text[end];
        if (c is '^' or '_' or '*') return true;
        return c == '+' && end + 1 < hi && (char.IsLetterOrDigit(text[end + 1]) || text[end + 1] == '(');
    }

    internal static bool IsWordAt(string text, int k, int hi, string word) =>
        k + word.Length <= hi && text.AsSpan(k, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
        && (k + word.Length == hi || !char.IsLetterOrDigit(text[k + word.Length]));

    internal static int SkipSpaces(string text, int k, int hi)
    {
        while (k < hi && IsSpace(text[k])) k++;
        return k;
    }

    internal static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\u00A0' or '\u2009' or '\u202F';

    private static int SkipGlued(string text, int k, int hi)
    {
        while (k < hi && (char.IsLetterOrDigit(text[k]) || text[k] is '.' or '-' or '@' or '_' or '/' or '×' or '^' or ','
                   && k + 1 < hi && char.IsLetterOrDigit(text[k + 1]))) k++;
        return k;
    }
}
