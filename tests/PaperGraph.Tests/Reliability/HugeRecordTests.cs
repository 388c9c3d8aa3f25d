using PaperGraph.Tests.Reliability.Support;
using Xunit.Abstractions;

namespace PaperGraph.Tests.Reliability;

/// <summary>
/// A 100 MB single line (plain and gzip-compressed) between good papers, through the real `extract` and
/// `build`: the line is skipped with one message naming file and line, the good papers are all processed,
/// and memory stays bounded: an in-process run allocates less than the line's size, and the CLI as a child
/// process finishes under a managed-heap limit (96 MiB) smaller than the line.
/// </summary>
[Collection(ReliabilityMemoryCollection.Name)]
public sealed class HugeRecordTests(HugeRecordFiles files, ITestOutputHelper log) : IClassFixture<HugeRecordFiles>
{
    /// <summary>
    /// Allocated by a whole in-process run (reading, extracting the good papers, for build the graph and every output):
    /// less than the line itself. The reader's line buffer grows to the 16 MiB record limit and no further; when the
    /// shared array pool has been trimmed, its doublings alone allocate about 32 MiB, twice for a compressed input.
    /// </summary>
    private const long AllocationBound = 96L * 1024 * 1024;

    /// <summary>The managed-heap limit of the child: less than the line's bytes (its UTF-16 string would take twice as much).</summary>
    private const long HeapLimit = 96L * 1024 * 1024;

    [Theory]
    [InlineData("huge.jsonl", "extract")]
    [InlineData("huge.jsonl", "build")]
    [InlineData("huge.jsonl.gz", "extract")]
    [InlineData("huge.jsonl.gz", "build")]
    public void InProcess_HundredMegabyteLine_SkippedByLineWithBoundedAllocation(string name, string verb)
    {
        var input = files.PathOf(name);
        var output = Path.Combine(files.Folder, $"out-{name}-{verb}" + (verb == "extract" ? ".jsonl" : ""));
        InProcessCli.Run(verb, ReliabilityCorpus.PathOf("good-before.jsonl"), "--threads", "2", "--out", output + ".warm");
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var run = InProcessCli.Run(verb, input, "--threads", "2", "--out", output);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        log.WriteLine($"{verb} {name}: {allocated / 1048576.0:F1} MiB allocated");
        AssertSkippedLineAndGoodPapers(run, input);
        var titles = verb == "extract" ? BuildOutputs.ExtractedTitles(output) : BuildOutputs.AssertValidGraph(output).Papers.Select(p => p.Title).ToList();
        Assert.Equal(ReliabilityCorpus.NeighbourTitles.Order(StringComparer.Ordinal), titles.Order(StringComparer.Ordinal));
        Assert.True(allocated < AllocationBound, $"{verb} allocated {allocated:N0} bytes for a {files.LineBytes:N0}-byte line");
    }

    [Theory]
    [InlineData("huge.jsonl", "build")]
    [InlineData("huge.jsonl.gz", "build")]
    [InlineData("huge.jsonl.gz", "extract")]
    public void ChildProcess_HundredMegabyteLine_FinishesUnderAHeapLimitSmallerThanTheLine(string name, string verb)
    {
        var input = files.PathOf(name);
        var output = Path.Combine(files.Folder, $"child-{name}-{verb}" + (verb == "extract" ? ".jsonl" : ""));
        var limit = new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimit.ToString("X", System.Globalization.CultureInfo.InvariantCulture) };

        var run = CliChildProcess.Run(limit, TimeSpan.FromMinutes(2), verb, input, "--threads", "2", "--out", output);

        AssertSkippedLineAndGoodPapers(run, input);
        var count = verb == "extract" ? BuildOutputs.ExtractedTitles(output).Count : BuildOutputs.AssertValidGraph(output).Papers.Count;
        Assert.Equal(ReliabilityCorpus.NeighbourTitles.Count, count);
    }

    private static void AssertSkippedLineAndGoodPapers(CliRun run, string input)
    {
        Assert.True(run.Exit == 0, run.ToString());
        run.AssertNoCrashText();
        var issue = Assert.Single(run.IssuesOf(input));
        Assert.StartsWith($"papergraph: skipped {input}:4: line is 100.0 MiB, over the 16 MiB record limit", issue);
        Assert.Contains("papergraph: warning: 1 bad record(s) skipped; 6 paper(s) processed", run.ErrorLines);
    }
}
