using System.IO.Compression;
using PaperGraph.Export;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Pipeline;

namespace PaperGraph.Tests.Pipeline;

public sealed class ShardMergeTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("papergraph-shards-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Merge_ThreeShards_WritesTheSameOutputsAsOneBuild()
    {
        var whole = new PaperPipeline(Extractor.Default, new PipelineOptions { Parallelism = 2 });
        whole.Build([PipelineSamples.Folder], Path.Combine(root, "one"));
        var files = Enumerable.Range(1, 3).Select(i => Shard(i, 3)).ToList();

        var report = whole.Merge(files, Path.Combine(root, "merged"));

        Assert.Empty(report.Notes);
        Assert.Equal(report.Papers, report.Reused);
        foreach (var file in new[] { GraphStore.FileName, CommunitiesJsonWriter.FileName, GraphMlWriter.FileName })
        {
            Assert.Equal(BuildFolders.Bytes(Path.Combine(root, "one"), file), BuildFolders.Bytes(Path.Combine(root, "merged"), file));
        }
    }

    [Fact]
    public void Merge_ShardsGivenInAnyOrder_SameGraph()
    {
        var pipeline = new PaperPipeline(Extractor.Default, new PipelineOptions { Parallelism = 2 });
        var files = Enumerable.Range(1, 3).Select(i => Shard(i, 3)).ToList();

        pipeline.Merge(files, Path.Combine(root, "a"));
        pipeline.Merge([files[2], files[0], files[1]], Path.Combine(root, "b"));

        Assert.Equal(BuildFolders.Bytes(Path.Combine(root, "a"), GraphStore.FileName), BuildFolders.Bytes(Path.Combine(root, "b"), GraphStore.FileName));
    }

    [Fact]
    public void Merge_AShardMissing_BuildsTheRestAndSaysWhichIsMissing()
    {
        var pipeline = new PaperPipeline(Extractor.Default, new PipelineOptions { Parallelism = 2 });

        var report = pipeline.Merge([Shard(1, 3), Shard(3, 3)], Path.Combine(root, "out"));

        Assert.Contains(report.Notes, n => n.Contains("2/3", StringComparison.Ordinal));
        Assert.True(report.Papers > 0);
    }

    [Fact]
    public void Merge_FilesOfDifferentExtractors_RefusesNamingBoth()
    {
        var other = new ExtractorBuilder().UseLexicon(PaperGraph.Extraction.Lexicon.Lexicon.Default).UseAcronyms().Build();
        var a = Shard(1, 2);
        var b = Shard(2, 2, other);

        var error = Assert.Throws<BuildStateException>(() =>
            new PaperPipeline(Extractor.Default, new PipelineOptions()).Merge([a, b], Path.Combine(root, "out")));

        Assert.Contains(a, error.Message);
        Assert.Contains(other.Version, error.Message);
    }

    [Fact]
    public void ExtractRecords_Shards_PartitionThePapersAndNumberThemByInputPosition()
    {
        var all = new PaperPipeline(Extractor.Default, new PipelineOptions { Parallelism = 2 })
            .ExtractRecords([PipelineSamples.Folder], new InputCounters()).ToList();
        var shards = Enumerable.Range(1, 3).SelectMany(i =>
            new PaperPipeline(Extractor.Default, new PipelineOptions { Parallelism = 2, Shard = new ShardSpec(i, 3) })
                .ExtractRecords([PipelineSamples.Folder], new InputCounters())).ToList();

        Assert.Equal(all.Select(r => (r.Extraction.Paper.Id, r.Sequence)).Order(), shards.Select(r => (r.Extraction.Paper.Id, r.Sequence)).Order());
    }

    private string Shard(int index, int count, Extractor? extractor = null)
    {
        var pipeline = new PaperPipeline(extractor ?? Extractor.Default, new PipelineOptions { Parallelism = 2, Shard = new ShardSpec(index, count) });
        var path = Path.Combine(root, $"shard-{index}-of-{count}{(extractor is null ? "" : "-other")}.jsonl.gz");
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var writer = new ExtractionRecordWriter(gzip, pipeline.RecordHeader);
        foreach (var record in pipeline.ExtractRecords([PipelineSamples.Folder], new InputCounters())) writer.Write(record);
        writer.Flush();
        return path;
    }
}
