using PaperGraph.Cli.Commands;
using PaperGraph.Cli.Console;
using PaperGraph.Tests.Ingest;

namespace PaperGraph.Tests.Reliability;

/// <summary>What an interrupted run says it did not finish, from the state of its --out before and after.</summary>
public sealed class RunOutputsTests
{
    [Fact]
    public void DescribeUnfinished_SomeFilesReplaced_NamesTheReplacedAndTheKept()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "out");
        temp.Write("out/graph.json", "old graph");
        temp.Write("out/graph.graphml", "old graphml");
        temp.Write("out/neo4j-import/papers.csv", "old csv");

        using (RunOutputs.Watch(Parse("build", "in.jsonl", "--out", folder)))
        {
            temp.Write("out/graph.json", "the new graph");
            temp.Write("out/communities.json", "new");
            temp.Write("out/.graph.graphml.x1y2.tmp", "half");

            Assert.Equal(
                $"in {folder}, replaced (complete): communities.json, graph.json; not replaced (still the previous run's): graph.graphml, {Path.Combine("neo4j-import", "papers.csv")}",
                RunOutputs.Current!.DescribeUnfinished());
        }
        Assert.Null(RunOutputs.Current);
    }

    [Fact]
    public void DescribeUnfinished_NothingReplaced_SaysThePreviousRunsFilesAreThere()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "out");
        temp.Write("out/graph.json", "old graph");
        temp.Write("out/cache/extractions.jsonl.gz", "old cache");

        using var watch = RunOutputs.Watch(Parse("build", "in.jsonl", "--update", folder));

        Assert.Equal($"nothing in {folder} was replaced: its 2 file(s) are still those of the previous run", RunOutputs.Current!.DescribeUnfinished());
    }

    [Fact]
    public void DescribeUnfinished_NewFolderNeverCreated_SaysNothingWasWritten()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "new");

        using var watch = RunOutputs.Watch(Parse("build", "in.jsonl", "-o", folder));

        Assert.Equal($"nothing was written: {folder} does not exist", RunOutputs.Current!.DescribeUnfinished());
    }

    [Fact]
    public void DescribeUnfinished_ExtractToAFile_SaysWhetherTheFileWasWritten()
    {
        using var temp = new TempFolder();
        var file = temp.Write("papers.jsonl", "old");

        using var watch = RunOutputs.Watch(Parse("extract", "in.jsonl", "--out", file));
        var untouched = RunOutputs.Current!.DescribeUnfinished();
        temp.Write("papers.jsonl", "new lines");
        var written = RunOutputs.Current!.DescribeUnfinished();

        Assert.Equal($"{file} was not written and is as it was before the run", untouched);
        Assert.Equal($"{file} was written completely before the interruption", written);
    }

    [Fact]
    public void Watch_ExtractToStandardOutputOrACommandWithoutOutputs_SaysWhatFits()
    {
        using (RunOutputs.Watch(Parse("extract", "in.jsonl")))
        {
            Assert.Equal("standard output holds only the papers extracted before the interruption", RunOutputs.DescribeUnknown());
        }
        using (RunOutputs.Watch(Parse("query", "leaderboard", "--from", "somewhere", "--benchmark", "ImageNet")))
        {
            Assert.Null(RunOutputs.Current);
            Assert.StartsWith("files written before the interruption are complete", RunOutputs.DescribeUnknown());
        }
    }

    private static System.CommandLine.ParseResult Parse(params string[] args)
    {
        var parse = CliApp.CreateRoot().Parse(args);
        Assert.True(parse.Errors.Count == 0, string.Join("; ", parse.Errors.Select(e => e.Message)));
        return parse;
    }
}
