using PaperGraph.Extraction.Results;

namespace PaperGraph.Tests.Extraction.Results;

/// <summary>
/// One example of TestData/Extraction/Results/result-specs.md: a sentence with marked mentions,
/// the proposed method, and the expected results (field name -> expected text).
/// </summary>
public sealed record ResultSpec(
    string Name,
    string Text,
    IReadOnlyList<(EntityType Type, string Name, int Start, int End)> Mentions,
    string? Proposed,
    IReadOnlyList<IReadOnlyDictionary<string, string>> Expected,
    int Line)
{
    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "TestData", "Extraction", "Results", "result-specs.md");

    private static readonly Lazy<IReadOnlyList<ResultSpec>> Loaded = new(() => Parse(File.ReadAllLines(FilePath)));

    public static IReadOnlyList<ResultSpec> All => Loaded.Value;

    internal SentenceContext ToContext() => new(
        Text,
        new TextSpan(TextField.Abstract, 0, Text.Length),
        Mentions.Select(m => new NamedSpan(m.Type, m.Name, new TextSpan(TextField.Abstract, m.Start, m.End))).ToList(),
        Proposed);

    public static IReadOnlyList<ResultSpec> Parse(IReadOnlyList<string> lines)
    {
        var specs = new List<ResultSpec>();
        string? name = null, sentence = null, proposed = null;
        var expected = new List<IReadOnlyDictionary<string, string>>();
        var sawNone = false;
        var start = 0;
        void Flush()
        {
            if (name is null) return;
            if (sentence is null) throw new FormatException($"result-specs.md:{start}: example '{name}' has no sentence");
            if (sawNone == expected.Count > 0) throw new FormatException($"result-specs.md:{start}: example '{name}' needs results or 'none'");
            var (text, mentions) = Unmark(sentence, start);
            specs.Add(new ResultSpec(name, text, mentions, proposed, expected.ToList(), start));
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                (name, sentence, proposed, sawNone, start) = (line[3..].Trim(), null, null, false, i + 1);
                expected.Clear();
            }
            else if (name is null) continue;
            else if (line.StartsWith("sentence: ", StringComparison.Ordinal)) sentence = line["sentence: ".Length..];
            else if (line.StartsWith("proposed: ", StringComparison.Ordinal)) proposed = line["proposed: ".Length..].Trim();
            else if (line.Trim() == "none") sawNone = true;
            else if (line.StartsWith("result: ", StringComparison.Ordinal)) expected.Add(Fields(line["result: ".Length..], i + 1));
            else if (line.Trim().Length > 0) throw new FormatException($"result-specs.md:{i + 1}: unexpected line '{line}'");
        }
        Flush();
        return specs;
    }

    private static Dictionary<string, string> Fields(string text, int line)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(" ; "))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0) throw new FormatException($"result-specs.md:{line}: field '{part}' is not key=value");
            fields[part[..eq].Trim()] = part[(eq + 1)..].Trim();
        }
        return fields;
    }

    private static (string, List<(EntityType, string, int, int)>) Unmark(string marked, int line)
    {
        var text = new System.Text.StringBuilder();
        var mentions = new List<(EntityType, string, int, int)>();
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked[i] != '[') { text.Append(marked[i]); continue; }
            var close = marked.IndexOf(']', i);
            if (close < 0) throw new FormatException($"result-specs.md:{line}: unclosed mention mark");
            var parts = marked[(i + 1)..close].Split('|');
            if (parts.Length is < 2 or > 3 || !EntityTypes.TryParse(parts[1], out var type))
            {
                throw new FormatException($"result-specs.md:{line}: mention mark '{marked[i..(close + 1)]}' is not [surface|Type(|Name)]");
            }
            var start = text.Length;
            text.Append(parts[0]);
            mentions.Add((type, parts.Length == 3 ? parts[2] : parts[0], start, text.Length));
            i = close;
        }
        return (text.ToString(), mentions);
    }

    public override string ToString() => Name;
}
