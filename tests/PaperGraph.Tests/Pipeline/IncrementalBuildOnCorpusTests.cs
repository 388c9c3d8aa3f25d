using PaperGraph.Extraction;
using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Pipeline;

/// <summary>Update and merge against full builds on a slice of the real conference corpus: hundreds of communities, not a handful.</summary>
public sealed class IncrementalBuildOnCorpusTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("papergraph-corpus-incremental-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [SharedDataFact]
    public void Update_SliceOfTheConferenceCorpus_EqualsFullBuildApartFromCommunityIds()
    {
        var lines = File.ReadLines(SharedData.PathOf("corpus/conference-abstracts/ml_abstracts.jsonl")).Take(800).ToList();
        var first = Path.Combine(root, "first.jsonl");
        var second = Path.Combine(root, "second.jsonl");
        File.WriteAllLines(first, lines[..600]);
        File.WriteAllLines(second, lines[600..]);
        var pipeline = new PaperPipeline(Extractor.Default, new PipelineOptions { Parallelism = 2 });
        pipeline.Build([first, second], Path.Combine(root, "full"));
        pipeline.Build([first], Path.Combine(root, "updated"));

        var update = pipeline.Update([second], Path.Combine(root, "updated"));

        Assert.True(update.CommunitiesKept > 0);
        Assert.Equal(BuildFolders.GraphJsonWithCanonicalCommunityIds(Path.Combine(root, "full")),
            BuildFolders.GraphJsonWithCanonicalCommunityIds(Path.Combine(root, "updated")));
    }
}
