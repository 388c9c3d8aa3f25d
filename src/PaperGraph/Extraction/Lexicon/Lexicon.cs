using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace PaperGraph.Extraction.Lexicon;

/// <summary>
/// The curated lexicon: named methods, datasets, benchmarks, metrics and tasks with their aliases,
/// plus the generic terms that are never entities on their own. Loaded from the data files under
/// data/lexicon, which are embedded in the assembly (see docs/lexicon.md for the format).
/// Immutable and thread-safe.
/// </summary>
public sealed class Lexicon
{
    /// <summary>The file that holds generic terms rather than entities.</summary>
    public const string GenericTermsFile = "generic-terms.tsv";

    private const string ResourcePrefix = "PaperGraph.data.lexicon.";

    private static readonly Lazy<Lexicon> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private Lexicon(IReadOnlyList<LexiconEntry> entries, IReadOnlySet<string> genericTerms,
        IReadOnlyList<string> sources, string version)
    {
        Entries = entries;
        GenericTerms = genericTerms;
        Sources = sources;
        Version = version;
    }

    /// <summary>The lexicon shipped in the assembly, loaded on first use.</summary>
    public static Lexicon Default => LazyDefault.Value;

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Lower-case words and phrases that are never an entity on their own ("framework", "llms").</summary>
    public IReadOnlySet<string> GenericTerms { get; }

    /// <summary>The file names read, in order ("architectures.tsv", ...).</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>A short hash of every file's name and content: changes whenever the data changes.</summary>
    public string Version { get; }

    /// <summary>
    /// Parses lexicon files. A source named <see cref="GenericTermsFile"/> (with or without the
    /// resource prefix) holds generic terms; any other holds entries.
    /// </summary>
    /// <exception cref="LexiconFormatException">A line is off-format; the message names the file and line.</exception>
    public static Lexicon Parse(IEnumerable<(string SourceName, TextReader Reader)> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var entries = new List<LexiconEntry>();
        var generic = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (sourceName, reader) in sources)
        {
            var file = FileNameOf(sourceName);
            var content = reader.ReadToEnd();
            names.Add(file);
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n" + content + "\n\0"));
            var isGeneric = file.Equals(GenericTermsFile, StringComparison.Ordinal);
            foreach (var (line, text) in LexiconFileParser.ContentLines(content))
            {
                if (!isGeneric)
                {
                    entries.Add(LexiconFileParser.ParseEntry(file, line, text));
                }
                else if (!generic.Add(LexiconFileParser.ParseGenericTerm(file, line, text)))
                {
                    throw new LexiconFormatException(file, line, $"generic term '{text}' is listed twice");
                }
            }
        }
        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
        return new Lexicon(entries, generic.ToFrozenSet(StringComparer.Ordinal), names, version);
    }

    private static string FileNameOf(string sourceName) =>
        sourceName.StartsWith(ResourcePrefix, StringComparison.Ordinal) ? sourceName[ResourcePrefix.Length..] : Path.GetFileName(sourceName);

    private static Lexicon LoadEmbedded()
    {
        var assembly = typeof(Lexicon).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0) throw new InvalidOperationException($"No lexicon resources '{ResourcePrefix}*.tsv' in {assembly.GetName().Name}.");
        var readers = names.Select(n => (n, (TextReader)new StreamReader(Open(assembly, n), Encoding.UTF8))).ToList();
        try
        {
            return Parse(readers);
        }
        finally
        {
            foreach (var (_, reader) in readers) reader.Dispose();
        }
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Resource {name} vanished.");
}
