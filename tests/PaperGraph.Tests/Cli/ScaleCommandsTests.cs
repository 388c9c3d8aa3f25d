using PaperGraph.Cli.Commands;
using PaperGraph.Cli.Console;
using PaperGraph.Export;
using PaperGraph.Graph;
using PaperGraph.Tests.Pipeline;

namespace PaperGraph.Tests.Cli;

/// <summary>`extract --shard`, `merge` and `build --update` as a user runs them.</summary>
public sealed class ScaleCommandsTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("papergraph-scale-cli-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    private string PathOf(string name) => Path.Combine(work, name);

    [Theory]
    [InlineData("build", "samples")]
    [InlineData("build", "samples", "--out", "a", "--update", "b")]
    [InlineData("build", "samples", "--update", "b", "--resolution", "2")]
    [InlineData("build", "samples", "--update", "b", "--seed", "3")]
    [InlineData("merge", "--out", "x")]
    public void Run_ConflictingOrMissingOptions_ExitsWithUsage(params string[] args)
    {
        var error = new StringWriter();

        Assert.Equal(ExitCodes.Usage, CliApp.Run(args, error));
        Assert.StartsWith("papergraph: error: ", error.ToString());
    }

    [Fact]
    public void ExtractShardsThenMerge_SameGraphAsBuild()
    {
        Assert.Equal(ExitCodes.Ok, CliApp.Run(["build", PipelineSamples.Folder, "--out", PathOf("one"), "--threads", "2"], TextWriter.Null));
        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(ExitCodes.Ok, CliApp.Run(["extract", PipelineSamples.Folder, "--shard", $"{i}/3", "--out", PathOf($"s{i}.jsonl.gz")], TextWriter.Null));
        }

        var code = CliApp.Run(["merge", PathOf("s1.jsonl.gz"), PathOf("s2.jsonl.gz"), PathOf("s3.jsonl.gz"), "--out", PathOf("merged")], TextWriter.Null);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(File.ReadAllBytes(Path.Combine(PathOf("one"), GraphStore.FileName)), File.ReadAllBytes(Path.Combine(PathOf("merged"), GraphStore.FileName)));
        using var reader = ExtractionRecordReader.Open(PathOf("s2.jsonl.gz"));
        Assert.Equal("2/3", reader.Header.Shard);
    }

    [Fact]
    public void BuildThenUpdate_ExitsOkAndWritesChanges()
    {
        Assert.Equal(ExitCodes.Ok, CliApp.Run(["build", PipelineSamples.Page1, "--out", PathOf("out")], TextWriter.Null));

        var code = CliApp.Run(["build", "--update", PathOf("out"), PipelineSamples.Page2], TextWriter.Null);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.True(File.Exists(Path.Combine(PathOf("out"), "changes.json")));
        Assert.Equal(139, GraphStore.Open(PathOf("out")).Graph.Papers.Count);
    }

    [Fact]
    public void Update_FolderWithoutABuild_ExitsNotFound()
    {
        Assert.Equal(ExitCodes.NotFound, CliApp.Run(["build", "--update", PathOf("nothing"), PipelineSamples.Page2], TextWriter.Null));
    }

    [Fact]
    public void Merge_NotARecordFile_ExitsWithInputError()
    {
        File.WriteAllText(PathOf("plain.jsonl"), "{\"id\":\"a\",\"title\":\"t\",\"entities\":[],\"results\":[]}\n");

        Assert.Equal(ExitCodes.InputError, CliApp.Run(["merge", PathOf("plain.jsonl"), "--out", PathOf("out")], TextWriter.Null));
    }
}
