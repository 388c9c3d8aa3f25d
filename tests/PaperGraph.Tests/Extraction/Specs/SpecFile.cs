namespace PaperGraph.Tests.Extraction.Specs;

/// <summary>One example of a spec file and what it expects.</summary>
internal sealed record SpecExample(string File, string Name, string Title, string Abstract, IReadOnlyList<SpecExpectation> Expectations);

/// <summary>"- Method "Group DETR" proposed name "Group DETR"" or "- none "X"".</summary>
internal sealed record SpecExpectation(string Surface, EntityType Type, MentionRole? Role, string? Name, bool Absent);

/// <summary>
/// Reads spec files: "## name" starts an example, "Title: ..." gives its title, "> ..." lines its
/// abstract, and "- " lines its expectations: a type, a quoted surface form, optionally "proposed" or
/// "used", optionally "name" and the quoted canonical name; or "none" and a quoted surface form.
/// </summary>
internal static class SpecFile
{
    public static IReadOnlyList<SpecExample> ReadAll(string folder) =>
        Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).SelectMany(Read).ToList();

    private static IEnumerable<SpecExample> Read(string path)
    {
        var file = Path.GetFileName(path);
        string? name = null;
        var title = "";
        var text = new List<string>();
        var expectations = new List<SpecExpectation>();
        var number = 0;
        foreach (var raw in File.ReadLines(path).Append("## <end>"))
        {
            number++;
            var line = raw.Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (name is not null) yield return new SpecExample(file, name, title, string.Join(" ", text), expectations.ToList());
                name = line[3..].Trim();
                title = "";
                text.Clear();
                expectations.Clear();
            }
            else if (line.StartsWith("Title:", StringComparison.Ordinal)) title = line[6..].Trim();
            else if (line.StartsWith("> ", StringComparison.Ordinal)) text.Add(line[2..]);
            else if (line.StartsWith("- ", StringComparison.Ordinal)) expectations.Add(Parse(line[2..], $"{file}:{number}"));
        }
    }

    private static SpecExpectation Parse(string line, string where)
    {
        var quoted = line.Split('"');
        if (quoted.Length < 3) throw new FormatException($"{where}: expected a quoted surface form in '{line}'");
        var head = quoted[0].Trim();
        var surface = quoted[1];
        var tail = quoted.Length > 2 ? quoted[2].Trim() : "";
        if (head == "none") return new SpecExpectation(surface, default, null, null, true);
        if (!EntityTypes.TryParse(head, out var type)) throw new FormatException($"{where}: unknown type '{head}'");
        MentionRole? role = tail.StartsWith("proposed", StringComparison.Ordinal) ? MentionRole.Proposed
            : tail.StartsWith("used", StringComparison.Ordinal) ? MentionRole.Used : null;
        var name = tail.Contains("name", StringComparison.Ordinal) && quoted.Length >= 5 ? quoted[3] : null;
        return new SpecExpectation(surface, type, role, name, false);
    }
}
