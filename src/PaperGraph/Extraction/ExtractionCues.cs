using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction;

/// <summary>
/// The extraction word lists (type cues, grammar cues, non-names), read once from the data files
/// embedded from src/PaperGraph/data/extraction. Immutable; lookups take spans so callers never
/// allocate a string per token.
/// </summary>
internal sealed class ExtractionCues
{
    private readonly Dictionary<string, EntityType>.AlternateLookup<ReadOnlySpan<char>> typeHeadLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] cueLookups;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> nonNameLookup;

    private readonly Dictionary<string, TokenTag>.AlternateLookup<ReadOnlySpan<char>> tagLookup;

    public ExtractionCues(Dictionary<string, EntityType> typeHeads, HashSet<string>[] cueWords, HashSet<string> nonNames)
    {
        tagLookup = BuildTags(typeHeads, cueWords).GetAlternateLookup<ReadOnlySpan<char>>();
        typeHeadLookup = typeHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        cueLookups = cueWords.Select(s => s.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
        nonNameLookup = nonNames.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static ExtractionCues Default { get; } = Load();

    /// <summary>Is the word (lower case) a cue of this kind? "e.g." and "such as" are cues too.</summary>
    public bool Is(NameCueKind kind, ReadOnlySpan<char> lowerWord) => cueLookups[(int)kind].Contains(lowerWord);

    /// <summary>Is the word a cue of this kind, ignoring case (copies into a stack buffer).</summary>
    public bool IsIgnoreCase(NameCueKind kind, ReadOnlySpan<char> word)
    {
        if (word.Length > 64) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return Is(kind, lower);
    }

    /// <summary>The type a head (lower case, one or two words, singular or plural) signals.</summary>
    public bool TryGetHeadType(ReadOnlySpan<char> lowerHead, out EntityType type)
    {
        if (typeHeadLookup.TryGetValue(lowerHead, out type)) return true;
        return lowerHead.Length > 3 && lowerHead[^1] == 's' && typeHeadLookup.TryGetValue(lowerHead[..^1], out type);
    }

    public bool IsNonName(ReadOnlySpan<char> surface) =>
        nonNameLookup.Contains(surface) || (surface.Length > 2 && surface[^1] == 's' && nonNameLookup.Contains(surface[..^1]));

    public static ExtractionCues Load()
    {
        var heads = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var (kind, value) in ReadPairs("type-cues.tsv"))
        {
            if (!EntityTypes.TryParse(kind, out var type)) throw new InvalidDataException($"type-cues.tsv: unknown type '{kind}'");
            heads[value.ToLowerInvariant()] = type;
        }
        var cues = Enum.GetValues<NameCueKind>().Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        foreach (var (kind, value) in ReadPairs("name-cues.tsv"))
        {
            if (!Enum.TryParse<NameCueKind>(kind, out var k)) throw new InvalidDataException($"name-cues.tsv: unknown kind '{kind}'");
            cues[(int)k].Add(value.ToLowerInvariant());
        }
        var nonNames = new HashSet<string>(ReadLines("non-names.tsv"), StringComparer.Ordinal);
        return new ExtractionCues(heads, cues, nonNames);
    }

    private static IEnumerable<(string Kind, string Value)> ReadPairs(string file)
    {
        var line = 0;
        foreach (var text in ReadLines(file))
        {
            line++;
            var tab = text.IndexOf('\t');
            if (tab <= 0) throw new InvalidDataException($"{file}: line '{text}' has no tab");
            yield return (text[..tab].Trim(), text[(tab + 1)..].Trim());
        }
    }

    private static IEnumerable<string> ReadLines(string file)
    {
        var assembly = typeof(ExtractionCues).Assembly;
        var name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.Replace('\\', '/').Replace("extraction.", "extraction/", StringComparison.Ordinal).EndsWith("extraction/" + file, StringComparison.Ordinal))
            ?? throw new InvalidDataException($"embedded data file extraction/{file} is missing");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } raw)
        {
            var text = raw.TrimEnd();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            yield return text;
        }
    }

    /// <summary>The tags of every token of a text: one hash lookup per word.</summary>
    public TokenTag[] Tag(string text, Token[] tokens)
    {
        var tags = new TokenTag[tokens.Length];
        Span<char> lower = stackalloc char[MaxTaggedLength];
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind is not (TokenKind.Word or TokenKind.Abbreviation) || t.Length > MaxTaggedLength) continue;
            var chars = text.AsSpan(t.Start, t.Length);
            scoped ReadOnlySpan<char> word = chars;
            if (!t.Is(TokenShape.AllLower))
            {
                chars.ToLowerInvariant(lower);
                word = lower[..chars.Length];
            }
            tagLookup.TryGetValue(word, out var tag);
            if (tag.Head == 0 && word.Length > 3 && word[^1] == 's' && tagLookup.TryGetValue(word[..^1], out var singular))
            {
                tag = tag with { Head = singular.Head };
            }
            var nonName = !t.Is(TokenShape.AllLower) && IsNonName(chars);
            if (tag.Cues != 0 || tag.Head != 0 || nonName) tags[i] = tag with { NonName = nonName };
        }
        return tags;
    }

    private const int MaxTaggedLength = 32;

    private static Dictionary<string, TokenTag> BuildTags(Dictionary<string, EntityType> typeHeads, HashSet<string>[] cueWords)
    {
        var tags = new Dictionary<string, TokenTag>(StringComparer.Ordinal);
        for (var kind = 0; kind < cueWords.Length; kind++)
        {
            foreach (var word in cueWords[kind])
            {
                if (word.Contains(' ')) continue;
                tags.TryGetValue(word, out var tag);
                tags[word] = tag with { Cues = tag.Cues | (1u << kind) };
            }
        }
        foreach (var (head, type) in typeHeads)
        {
            if (head.Contains(' ')) continue;
            tags.TryGetValue(head, out var tag);
            tags[head] = tag with { Head = (byte)(type + 1) };
        }
        return tags;
    }
}
