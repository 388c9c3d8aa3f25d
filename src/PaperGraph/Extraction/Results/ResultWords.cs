using System.Collections.Frozen;

namespace PaperGraph.Extraction.Results;

/// <summary>
/// The word classes of the result grammar, read once from the embedded
/// data/results/result-words.tsv. Lookups take spans so the hot path allocates nothing.
/// </summary>
internal static class ResultWords
{
    private const string ResourceSuffix = "result-words.tsv";

    private static readonly FrozenDictionary<string, WordClass> Classes = Load();

    private static readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Classes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static WordClass Of(ReadOnlySpan<char> word) =>
        Lookup.TryGetValue(word, out var classes) ? classes : WordClass.None;

    public static bool Is(ReadOnlySpan<char> word, WordClass wordClass) => (Of(word) & wordClass) != 0;

    /// <summary>Parses the TSV text; public to the tests so that a malformed line is caught there.</summary>
    public static FrozenDictionary<string, WordClass> Parse(TextReader reader)
    {
        var map = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0 || !Enum.TryParse<WordClass>(line.AsSpan(0, tab), ignoreCase: false, out var wordClass)
                || wordClass == WordClass.None)
            {
                throw new InvalidDataException($"{ResourceSuffix}:{lineNumber}: expected CLASS<TAB>words with a known class");
            }
            foreach (var word in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map[word] = map.GetValueOrDefault(word) | wordClass;
            }
        }
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, WordClass> Load()
    {
        var assembly = typeof(ResultWords).Assembly;
        var name = Array.Find(assembly.GetManifestResourceNames(), n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"embedded resource {ResourceSuffix} is missing from {assembly.GetName().Name}");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
