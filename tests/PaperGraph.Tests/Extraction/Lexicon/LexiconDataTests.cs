using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Extraction.Lexicon;

using PaperGraph.Extraction.Lexicon;

/// <summary>Quality checks over the lexicon shipped in the assembly (src/PaperGraph/data/lexicon).</summary>
public class LexiconDataTests
{
    // Surface forms that really do name different things of different types in ML papers, kept on
    // purpose; the matcher has to decide from context. Each must stay ambiguous (checked below).
    private static readonly HashSet<string> CrossTypeAllowList = new(StringComparer.Ordinal)
    {
        "MAE", // masked autoencoder (Method) and mean absolute error (Metric)
    };

    private static readonly Lexicon Data = Lexicon.Default;

    [Fact]
    public void Default_EveryEmbeddedFile_IsReadAndNonEmpty()
    {
        var resources = typeof(Lexicon).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("PaperGraph.data.lexicon.", StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Select(n => n["PaperGraph.data.lexicon.".Length..])
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Contains(Lexicon.GenericTermsFile, resources);
        Assert.True(resources.Count >= 15, $"only {resources.Count} lexicon files embedded");
        Assert.Equal(resources, Data.Sources);
        foreach (var file in resources.Where(f => f != Lexicon.GenericTermsFile))
        {
            Assert.True(Data.Entries.Any(e => e.Source == file), $"{file} has no entries");
        }
    }

    [Theory]
    [InlineData(EntityType.Method, 2000)]
    [InlineData(EntityType.Dataset, 900)]
    [InlineData(EntityType.Benchmark, 250)]
    [InlineData(EntityType.Metric, 250)]
    [InlineData(EntityType.Task, 450)]
    public void Default_CountPerType_IsAboveMinimum(EntityType type, int minimum)
    {
        var count = Data.Entries.Count(e => e.Type == type);

        Assert.True(count >= minimum, $"{type}: {count} entries, expected at least {minimum}");
    }

    [Fact]
    public void Default_TotalsAndGenericTerms_AreAboveMinimum()
    {
        Assert.True(Data.Entries.Count >= 4000, $"{Data.Entries.Count} entries");
        Assert.True(Data.GenericTerms.Count >= 150, $"{Data.GenericTerms.Count} generic terms");
        Assert.Contains("framework", Data.GenericTerms);
        Assert.Contains("large language models", Data.GenericTerms);
    }

    [Fact]
    public void Default_Version_IsStableAcrossParses()
    {
        var readers = OpenResources();
        Lexicon again;
        try
        {
            again = Lexicon.Parse(readers);
        }
        finally
        {
            foreach (var (_, reader) in readers) reader.Dispose();
        }

        Assert.Equal(Data.Version, again.Version);
        Assert.Equal(Data.Entries.Count, again.Entries.Count);
    }

    [Fact]
    public void Default_NoSurfaceForm_IsClaimedByTwoEntriesOfTheSameType()
    {
        var clashes = Clashes().Where(c => c.Entries.Select(e => e.Type).Distinct().Count() == 1).Select(Describe).ToList();

        Assert.True(clashes.Count == 0, "Same-type clashes:\n" + string.Join("\n", clashes));
    }

    [Fact]
    public void Default_NoSurfaceForm_IsClaimedByTwoTypes_UnlessAllowListed()
    {
        var crossType = Clashes().Where(c => c.Entries.Select(e => e.Type).Distinct().Count() > 1).ToList();

        var unexpected = crossType.Where(c => !CrossTypeAllowList.Contains(c.Key)).Select(Describe).ToList();
        Assert.True(unexpected.Count == 0, "Cross-type clashes not in the allow-list:\n" + string.Join("\n", unexpected));
        var stale = CrossTypeAllowList.Where(f => crossType.All(c => c.Key != f)).ToList();
        Assert.True(stale.Count == 0, "Allow-listed forms that are no longer ambiguous: " + string.Join(", ", stale));
    }

    [Fact]
    public void Default_NoGenericTerm_IsAnEntityForm()
    {
        var generic = Data.GenericTerms.Select(Squash).ToHashSet(StringComparer.Ordinal);

        var hits = Data.Entries
            .SelectMany(e => e.Forms.Where(IsCaseInsensitive).Where(f => generic.Contains(Squash(f))).Select(f => $"{e.Source}:{e.Line} '{f}'"))
            .ToList();

        Assert.True(hits.Count == 0, "Generic terms used as entity forms:\n" + string.Join("\n", hits));
    }

    [Fact]
    public void Default_EveryForm_IsCleanText()
    {
        var bad = Data.Entries
            .SelectMany(e => e.Forms.Where(f => f.Length == 0 || f.Trim() != f || f.Contains('\t') || f.Contains('|') || f.Contains("  ")).Select(f => $"{e.Source}:{e.Line} '{f}'"))
            .ToList();

        Assert.Empty(bad);
    }

    [Fact]
    public void Default_ShortForms_AreAcronymsNotLowerCaseWords()
    {
        // A case-insensitive form of one or two letters ("ai", "ml") would fire all over ordinary prose.
        var bad = Data.Entries
            .SelectMany(e => e.Forms.Where(f => IsCaseInsensitive(f) && Squash(f).Length <= 2).Select(f => $"{e.Source}:{e.Line} '{f}'"))
            .ToList();

        Assert.Empty(bad);
    }

    [Theory]
    [InlineData(EntityType.Method, "LoRA")]
    [InlineData(EntityType.Method, "knowledge distillation")]
    [InlineData(EntityType.Method, "GPT-4")]
    [InlineData(EntityType.Method, "FastSpeech 2")]
    [InlineData(EntityType.Dataset, "ImageNet-1k")]
    [InlineData(EntityType.Dataset, "COCO")]
    [InlineData(EntityType.Benchmark, "MMLU")]
    [InlineData(EntityType.Metric, "FID")]
    [InlineData(EntityType.Metric, "top-1 accuracy")]
    [InlineData(EntityType.Task, "object detection")]
    public void Default_WellKnownNames_ArePresentWithTheirType(EntityType type, string form)
    {
        Assert.Contains(Data.Entries, e => e.Type == type && e.Forms.Contains(form));
    }

    [Theory]
    [InlineData("FastSpeech", "FastSpeech 2")]
    [InlineData("GPT-3", "GPT-4")]
    [InlineData("ImageNet-1k", "ImageNet-21k")]
    [InlineData("ImageNet", "ImageNet-1k")]
    public void Default_VersionsAndVariants_AreSeparateEntries(string first, string second)
    {
        var a = Data.Entries.Single(e => e.Forms.Contains(first));
        var b = Data.Entries.Single(e => e.Forms.Contains(second));

        Assert.NotSame(a, b);
    }

    [Fact]
    public void Docs_ListEveryLexiconFile()
    {
        var docs = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "lexicon.md"));

        var missing = Data.Sources.Where(s => !docs.Contains(s, StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "docs/lexicon.md does not mention: " + string.Join(", ", missing));
    }

    private sealed record Clash(string Key, IReadOnlyList<LexiconEntry> Entries);

    // Two forms collide when the matcher could not tell them apart: equal once spaces and hyphens
    // are removed, compared in any case when either form is matched case-insensitively.
    private static IEnumerable<Clash> Clashes()
    {
        var exact = new Dictionary<string, List<(string Form, LexiconEntry Entry)>>(StringComparer.Ordinal);
        foreach (var entry in Data.Entries)
        {
            foreach (var form in entry.Forms.Distinct())
            {
                var key = Squash(form).ToLowerInvariant();
                if (!exact.TryGetValue(key, out var list)) exact[key] = list = [];
                list.Add((form, entry));
            }
        }
        foreach (var (_, list) in exact.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var groups = list.Any(x => IsCaseInsensitive(x.Form))
                ? [list]
                : list.GroupBy(x => Squash(x.Form), StringComparer.Ordinal).Select(g => g.ToList());
            foreach (var group in groups)
            {
                var entries = group.Select(x => x.Entry).Distinct().ToList();
                if (entries.Count > 1) yield return new Clash(group[0].Form, entries);
            }
        }
    }

    private static string Describe(Clash clash) =>
        $"'{clash.Key}': " + string.Join("; ", clash.Entries.Select(e => $"{e.Type} {e.Name} ({e.Source}:{e.Line})"));

    private static bool IsCaseInsensitive(string form) => !form.Any(c => char.IsUpper(c) || char.IsDigit(c));

    private static string Squash(string form) =>
        new(form.Where(c => c is not (' ' or '-' or '\u2010' or '\u2011')).ToArray());

    private static List<(string, TextReader)> OpenResources()
    {
        var assembly = typeof(Lexicon).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("PaperGraph.data.lexicon.", StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n, (TextReader)new StreamReader(assembly.GetManifestResourceStream(n)!)))
            .ToList();
    }
}
