using System.Text;
using PaperGraph.Tests.Ingest;
using PaperGraph.Tests.Reliability.Support;

namespace PaperGraph.Tests.Reliability;

/// <summary>
/// Each file of the hostile corpus (TestData/Reliability) read by the real `extract` and `build` commands
/// between two good files: the documented exit code, one clear line per problem naming the file and record,
/// no crash text, every good paper processed, and a graph.json that matches its schema.
/// </summary>
public sealed class HostileInputTests
{
    // Issues are "LINE: message start" for a bad record, ": message start" for a file that cannot be read at all.
    [Theory]
    [InlineData("empty.jsonl", 3, 6, ": empty file")]
    [InlineData("whitespace.txt", 3, 6, ": empty file (only whitespace)")]
    [InlineData("garbage.bin", 3, 6, ": binary data, not text")]
    [InlineData("truncated.jsonl.gz", 3, 22, "17: malformed JSON|17: gzip data is truncated or corrupt")]
    [InlineData("invalid-utf8.jsonl", 0, 8, "2: invalid UTF-8 at byte 19")]
    [InlineData("utf16-bom.jsonl", 0, 9, "")]
    [InlineData("wrong-types.jsonl", 0, 9,
        "2: \"title\" is a number|3: \"title\" is an array|4: \"title\" is an object|5: no \"title\"|6: \"title\" is a boolean"
        + "|8: the record is a string|9: the record is a number|10: the record is a number|10: the record is a number")]
    [InlineData("missing-fields.jsonl", 0, 8, "2: no \"title\"|3: no \"title\"|4: no \"title\"")]
    [InlineData("deep-nesting.jsonl", 0, 8, "2: JSON nested more than 64 levels deep|3: JSON nested more than 64 levels deep")]
    [InlineData("page.html.txt", 3, 6, ": looks like an HTML page")]
    [InlineData("paper.pdf.txt", 3, 6, ": looks like a PDF document")]
    [InlineData("duplicates.jsonl", 0, 9, "")]
    [InlineData("unicode-abstracts.jsonl", 0, 11, "")]
    [InlineData("hostile-names.jsonl", 0, 16, "")]
    [InlineData("hostile-names.csv", 0, 11, "")]
    [InlineData("terminal-escapes.jsonl", 0, 8, "2: malformed JSON at byte 1|3: malformed JSON at byte 17")]
    [InlineData("terminal-escapes.csv", 3, 6, ": CSV without a title column")]
    public void ExtractAndBuild_BadFileBetweenGoodOnes_ReportsEachProblemOnceAndKeepsEveryGoodPaper(string file, int exit, int papers, string issues)
    {
        using var temp = new TempFolder();
        var inputs = ReliabilityCorpus.Between(file);
        var jsonl = Path.Combine(temp.Path, "out.jsonl");
        var folder = Path.Combine(temp.Path, "build");

        var extract = InProcessCli.Run(["extract", .. inputs, "--threads", "2", "--out", jsonl]);
        var build = InProcessCli.Run(["build", .. inputs, "--threads", "2", "--out", folder]);

        var expected = issues.Length == 0 ? [] : issues.Split('|');
        foreach (var run in new[] { extract, build })
        {
            Assert.True(exit == run.Exit, run.ToString());
            run.AssertNoCrashText();
            AssertIssues(run, ReliabilityCorpus.PathOf(file), expected);
            Assert.DoesNotContain(run.Error, c => char.IsControl(c) && c is not '\n' and not '\r');
        }
        var extracted = BuildOutputs.ExtractedTitles(jsonl);
        Assert.Equal(papers, extracted.Count);
        Assert.Superset(ReliabilityCorpus.NeighbourTitles.ToHashSet(), extracted.ToHashSet());
        var graph = BuildOutputs.AssertValidGraph(folder);
        Assert.Equal(papers, graph.Papers.Count);
        Assert.Superset(ReliabilityCorpus.NeighbourTitles.ToHashSet(), graph.Papers.Select(p => p.Title).ToHashSet());
        Assert.Contains($"{papers:N0} papers, ", build.Error);
    }

    [Fact]
    public void Build_DuplicatePapers_AreMergedAndCounted()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "build");

        var run = InProcessCli.Run(["build", ReliabilityCorpus.PathOf("duplicates.jsonl"), "--threads", "2", "--out", folder]);

        Assert.True(run.Exit == 0, run.ToString());
        Assert.Contains("3 duplicate paper(s) merged", run.ErrorLines);
        var graph = BuildOutputs.AssertValidGraph(folder);
        Assert.Equal(["Reliability dup good paper 0", "Reliability dup good paper 1", "Reliability dup good paper 2"], graph.Papers.Select(p => p.Title).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("wrong-types.jsonl", "wrong-types.jsonl:2: \"title\" is a number")]
    [InlineData("truncated.jsonl.gz", "truncated.jsonl.gz:17: malformed JSON")]
    [InlineData("empty.jsonl", "empty.jsonl: empty file")]
    public void BuildStrict_BadInput_StopsWithInputErrorAndLeavesThePreviousBuildAsItWas(string file, string message)
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "build");
        Assert.Equal(0, InProcessCli.Run(["build", ReliabilityCorpus.PathOf("good-before.jsonl"), "--threads", "2", "--out", folder]).Exit);
        var before = BuildOutputs.Snapshot(folder);

        var run = InProcessCli.Run(["build", .. ReliabilityCorpus.Between(file), "--strict", "--threads", "2", "--out", folder]);

        Assert.True(run.Exit == 3, run.ToString());
        run.AssertNoCrashText();
        var line = Assert.Single(run.ErrorLines, l => l.StartsWith("papergraph: error: ", StringComparison.Ordinal) && l.Contains("--strict", StringComparison.Ordinal));
        Assert.Contains(message, line);
        BuildOutputs.AssertUnchanged(before, folder);
    }

    [Fact]
    public void ExtractAndBuild_ThousandsOfBadRecords_ShowTheFirstTwentyCountTheRestAndKeepEveryGoodPaper()
    {
        using var temp = new TempFolder();
        var text = new StringBuilder();
        for (var i = 0; i < 1_000; i++)
        {
            text.Append("{\"title\": \"Many-bad good paper ").Append(i).Append("\", \"abstract\": \"We fine-tune BERT on GLUE.\"}\n");
            text.Append("{\"title\": ").Append(i).Append("}\n");
        }
        var input = temp.Write("many-bad.jsonl", text.ToString());
        var jsonl = Path.Combine(temp.Path, "out.jsonl");

        var extract = InProcessCli.Run("extract", input, "--threads", "2", "--out", jsonl);
        var build = InProcessCli.Run("build", input, "--threads", "2", "--out", Path.Combine(temp.Path, "build"));

        foreach (var run in new[] { extract, build })
        {
            Assert.True(run.Exit == 0, run.ToString());
            run.AssertNoCrashText();
            Assert.Equal(20, run.IssuesOf(input).Count);
            Assert.Contains("papergraph: (more skipped records are only counted)", run.ErrorLines);
            Assert.Contains("papergraph: warning: 1,000 bad record(s) skipped; 1,000 paper(s) processed", run.ErrorLines);
        }
        Assert.Equal(1_000, BuildOutputs.ExtractedTitles(jsonl).Count);
        Assert.Equal(1_000, BuildOutputs.AssertValidGraph(Path.Combine(temp.Path, "build")).Papers.Count);
    }

    [Fact]
    public void Build_OutputPathIsAFile_OneLineErrorAndTheFileUntouched()
    {
        using var temp = new TempFolder();
        var file = temp.Write("not-a-folder", "keep me");

        var run = InProcessCli.Run("build", ReliabilityCorpus.PathOf("good-before.jsonl"), "--threads", "2", "--out", file);

        Assert.NotEqual(0, run.Exit);
        run.AssertNoCrashText();
        Assert.Single(run.ErrorLines, l => l.StartsWith("papergraph: error: ", StringComparison.Ordinal));
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    private static void AssertIssues(CliRun run, string file, string[] expected)
    {
        var lines = run.IssuesOf(file).ToList();
        foreach (var issue in expected)
        {
            var at = issue.IndexOf(": ", StringComparison.Ordinal);
            var record = issue[..at];
            var message = issue[(at + 2)..];
            var location = record.Length == 0 ? file + ": " : $"{file}:{record}: ";
            var match = lines.FindIndex(l => l.Contains(location + message, StringComparison.Ordinal));
            Assert.True(match >= 0, $"no line reports \"{location}{message}\"; {run}");
            lines.RemoveAt(match);
        }
        Assert.True(lines.Count == 0, "unexpected issue lines: " + string.Join(" / ", lines));
    }
}
