namespace PaperGraph.Extraction.Lexicon;

/// <summary>
/// Reads one lexicon data file. Entity files hold <c>Type&lt;TAB&gt;Name&lt;TAB&gt;Alias|Alias</c>;
/// the generic-terms file holds one lower-case term per line. Both allow '#' comments and blank lines.
/// The data is ours, so anything off-format is a bug and throws rather than being skipped.
/// </summary>
internal static class LexiconFileParser
{
    private static readonly Dictionary<string, EntityType> TypesByName =
        EntityTypes.All.ToDictionary(t => t.ToString(), StringComparer.Ordinal);

    public static IEnumerable<(int Line, string Text)> ContentLines(string content)
    {
        var number = 0;
        foreach (var raw in content.Split('\n'))
        {
            number++;
            var line = raw.EndsWith('\r') ? raw[..^1] : raw;
            if (number == 1 && line.StartsWith('\uFEFF')) line = line[1..];
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#')) continue;
            yield return (number, line);
        }
    }

    public static LexiconEntry ParseEntry(string source, int line, string text)
    {
        var columns = text.Split('\t');
        if (columns.Length is < 2 or > 3)
        {
            throw Fail(source, line, $"expected Type<TAB>Name<TAB>Aliases, found {columns.Length} column(s)");
        }
        if (!TypesByName.TryGetValue(columns[0], out var type))
        {
            throw Fail(source, line, $"unknown type '{columns[0]}' (expected {string.Join(", ", TypesByName.Keys)})");
        }
        var name = columns[1];
        CheckForm(source, line, name, "name");
        var aliases = columns.Length == 3 && columns[2].Length > 0 ? columns[2].Split('|') : [];
        var seen = new HashSet<string>(StringComparer.Ordinal) { name };
        foreach (var alias in aliases)
        {
            CheckForm(source, line, alias, "alias");
            if (!seen.Add(alias)) throw Fail(source, line, $"'{alias}' is listed twice");
        }
        return new LexiconEntry(type, name, aliases) { Source = source, Line = line };
    }

    public static string ParseGenericTerm(string source, int line, string text)
    {
        if (text.Contains('\t')) throw Fail(source, line, "generic terms have one column");
        CheckForm(source, line, text, "term");
        if (!text.Equals(text.ToLowerInvariant(), StringComparison.Ordinal))
        {
            throw Fail(source, line, $"generic term '{text}' must be lower case");
        }
        return text;
    }

    private static void CheckForm(string source, int line, string form, string what)
    {
        if (form.Length == 0) throw Fail(source, line, $"empty {what}");
        if (char.IsWhiteSpace(form[0]) || char.IsWhiteSpace(form[^1]))
        {
            throw Fail(source, line, $"{what} '{form}' has leading or trailing white space");
        }
        if (form.Contains("  ", StringComparison.Ordinal)) throw Fail(source, line, $"{what} '{form}' has a double space");
        if (form.Contains('|')) throw Fail(source, line, $"{what} '{form}' contains '|'");
        if (form.Any(char.IsControl)) throw Fail(source, line, $"{what} '{form}' contains a control character");
    }

    private static LexiconFormatException Fail(string source, int line, string problem) => new(source, line, problem);
}
