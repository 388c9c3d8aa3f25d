using System.IO.Compression;
using System.Text;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Pipeline;

namespace PaperGraph.Tests.Pipeline;

public sealed class IncrementalBuildTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("papergraph-incremental-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static PaperPipeline Pipeline(Extractor? extractor = null) =>
        new(extractor ?? Extractor.Default, new PipelineOptions { Parallelism = 2 });

    private string Folder(string name) => Path.Combine(root, name);

    [Fact]
    public void Build_SameInputsAgain_ReusesEveryExtractionAndWritesTheSameGraph()
    {
        var first = Pipeline().Build([PipelineSamples.Folder], Folder("out"));
        var before = BuildFolders.Bytes(Folder("out"), GraphStore.FileName);

        var second = Pipeline().Build([PipelineSamples.Folder], Folder("out"));

        Assert.Equal(first.Papers, first.Extracted);
        Assert.Equal((0L, (long)second.Papers), (second.Extracted, second.Reused));
        Assert.Equal(before, BuildFolders.Bytes(Folder("out"), GraphStore.FileName));
        Assert.Equal(first.BuildId, second.BuildId);
        Assert.False(second.Changes!.Full);
        Assert.Equal(0, second.Changes.Count);
    }

    [Fact]
    public void Build_CacheOfAnotherExtractorVersion_ExtractsEverythingAgain()
    {
        var withoutResults = new ExtractorBuilder().UseLexicon(PaperGraph.Extraction.Lexicon.Lexicon.Default)
            .UseAcronyms().UsePatterns().UseNameShapes().Build();
        Pipeline().Build([PipelineSamples.Folder], Folder("out"));

        var report = Pipeline(withoutResults).Build([PipelineSamples.Folder], Folder("out"));

        Assert.NotEqual(Extractor.Default.Version, withoutResults.Version);
        Assert.Equal(0, report.Reused);
        Assert.Contains(report.Notes, n => n.Contains(withoutResults.Version, StringComparison.Ordinal));
        Assert.Equal(0, report.Results);
    }

    [Fact]
    public void Update_SecondPage_EqualsFullBuildApartFromCommunityIds()
    {
        var full = Pipeline().Build([PipelineSamples.Page1, PipelineSamples.Page2], Folder("full"));
        var first = Pipeline().Build([PipelineSamples.Page1], Folder("updated"));

        var update = Pipeline().Update([PipelineSamples.Page2], Folder("updated"));

        Assert.Equal(full.Papers, update.Papers);
        Assert.Equal(first.Papers, update.Reused);
        Assert.Equal(update.Papers - first.Papers, update.Extracted);
        Assert.Equal(BuildFolders.GraphJsonWithCanonicalCommunityIds(Folder("full")), BuildFolders.GraphJsonWithCanonicalCommunityIds(Folder("updated")));
    }

    [Fact]
    public void Update_AfterExtractorChange_ExtractsPreviousPapersAgainAndStillEqualsFullBuild()
    {
        var withoutResults = new ExtractorBuilder().UseLexicon(PaperGraph.Extraction.Lexicon.Lexicon.Default)
            .UseAcronyms().UsePatterns().UseNameShapes().Build();
        Pipeline().Build([PipelineSamples.Page1, PipelineSamples.Page2], Folder("full"));
        Pipeline(withoutResults).Build([PipelineSamples.Page1], Folder("updated"));

        var update = Pipeline().Update([PipelineSamples.Page2], Folder("updated"));

        Assert.Equal(0, update.Reused);
        Assert.Contains(update.Notes, n => n.Contains("extracted again", StringComparison.Ordinal));
        Assert.Equal(BuildFolders.GraphJsonWithCanonicalCommunityIds(Folder("full")), BuildFolders.GraphJsonWithCanonicalCommunityIds(Folder("updated")));
    }

    [Fact]
    public void Update_NothingNew_KeepsEveryCommunityIdAndChangesNothing()
    {
        var first = Pipeline().Build([PipelineSamples.Page1], Folder("out"));
        var before = BuildFolders.Bytes(Folder("out"), GraphStore.FileName);

        var update = Pipeline().Update([PipelineSamples.Page1], Folder("out"));

        Assert.Equal(first.Papers, update.Input.AlreadyBuilt);
        Assert.Equal((first.Communities, 0), (update.CommunitiesKept, update.CommunitiesFresh));
        Assert.Equal(before, BuildFolders.Bytes(Folder("out"), GraphStore.FileName));
        Assert.Equal((false, 0), (update.Changes!.Full, update.Changes.Count));
        Assert.Equal(first.BuildId, update.Changes.From);
    }

    [Fact]
    public void Update_NewPapers_ChangesJsonNamesThemAndStartsFromThePreviousBuild()
    {
        var first = Pipeline().Build([PipelineSamples.Page1], Folder("out"));
        var firstIds = GraphStore.Open(Folder("out")).Graph.Papers.Select(p => p.Id.Value).ToHashSet();

        var update = Pipeline().Update([PipelineSamples.Page2], Folder("out"));

        var newIds = GraphStore.Open(Folder("out")).Graph.Papers.Select(p => p.Id.Value).Where(id => !firstIds.Contains(id)).ToList();
        var changes = update.Changes!;
        Assert.False(changes.Full);
        Assert.Equal(first.BuildId, changes.From);
        Assert.Equal(update.BuildId, changes.To);
        Assert.Subset(changes.NodesAdded.ToHashSet(), newIds.ToHashSet());
        Assert.Contains(changes.RelationshipsAdded, r => newIds.Contains(r.Source));
        Assert.DoesNotContain(changes.NodesChanged, firstIds.Contains);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder("out"), "changes.json")));
        Assert.Equal(first.BuildId, json.RootElement.GetProperty("from").GetString());
        Assert.Equal(changes.NodesAdded.Count, json.RootElement.GetProperty("nodes").GetProperty("added").GetArrayLength());
    }

    [Fact]
    public void Update_FolderWithoutABuild_ThrowsSayingHowToBuildFirst()
    {
        var error = Assert.Throws<BuildStateException>(() => Pipeline().Update([PipelineSamples.Page2], Folder("empty")));

        Assert.Contains("papergraph build", error.Message);
        Assert.False(Directory.Exists(Folder("empty")));
    }

    [Fact]
    public void Update_DamagedCache_ThrowsNamingFileAndLineWithARebuildCommandAndChangesNothing()
    {
        Pipeline().Build([PipelineSamples.Page1], Folder("out"));
        var cache = Path.Combine(Folder("out"), "cache", "extractions.jsonl.gz");
        var lines = ReadGzipLines(cache);
        lines[4] = lines[4][..(lines[4].Length / 2)];
        WriteGzipLines(cache, lines);
        var damaged = File.ReadAllBytes(cache);
        var graph = BuildFolders.Bytes(Folder("out"), GraphStore.FileName);

        var error = Assert.Throws<BuildStateException>(() => Pipeline().Update([PipelineSamples.Page2], Folder("out")));

        Assert.Contains($"{cache}:5:", error.Message);
        Assert.Contains($"papergraph build {PipelineSamples.Page1} --out {Folder("out")}", error.Message);
        Assert.Equal(damaged, File.ReadAllBytes(cache));
        Assert.Equal(graph, BuildFolders.Bytes(Folder("out"), GraphStore.FileName));
        Assert.True(File.Exists(Path.Combine(Folder("out"), "changes.json")));
    }

    [Fact]
    public void Build_DamagedCache_ExtractsEverythingAndSaysWhy()
    {
        Pipeline().Build([PipelineSamples.Page1], Folder("out"));
        var cache = Path.Combine(Folder("out"), "cache", "extractions.jsonl.gz");
        var lines = ReadGzipLines(cache);
        lines[2] = "{not json";
        WriteGzipLines(cache, lines);

        var report = Pipeline().Build([PipelineSamples.Page1], Folder("out"));

        Assert.Equal(0, report.Reused);
        Assert.Contains(report.Notes, n => n.Contains($"{cache}:3:", StringComparison.Ordinal));
        Assert.Equal(report.Papers, ReadGzipLines(cache).Count - 1);
    }

    private static List<string> ReadGzipLines(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }

    private static void WriteGzipLines(string path, IEnumerable<string> lines)
    {
        using var writer = new StreamWriter(new GZipStream(File.Create(path), CompressionLevel.Fastest), new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in lines) writer.WriteLine(line);
    }
}
