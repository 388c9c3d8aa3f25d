using System.Diagnostics;
using PaperGraph.Tests.Ingest;
using PaperGraph.Tests.Reliability.Support;

namespace PaperGraph.Tests.Reliability;

/// <summary>
/// The built CLI as a child process, stopped by SIGINT or SIGTERM in the middle of its work (`kill -INT/-TERM`):
/// exit 130, one line saying what was not finished, and the previous outputs byte for byte as they were,
/// with no temporary file left behind. Killed with SIGKILL, it still leaves every previous output whole.
/// </summary>
public sealed class InterruptionTests(LargeInput large) : IClassFixture<LargeInput>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    [PosixTheory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void Build_SignalledWhileExtracting_KeepsThePreviousBuildByteForByteAndSaysNothingWasReplaced(string signal)
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "build");
        var previous = InProcessCli.Run("build", ReliabilityCorpus.PathOf("good-before.jsonl"), "--threads", "2", "--out", folder);
        Assert.True(previous.Exit == 0, previous.ToString());
        var before = BuildOutputs.Snapshot(folder);

        using var child = CliChildProcess.Start(null, "build", large.File, "--threads", "2", "--out", folder);
        WaitForTemporaryFile(child, folder);
        var signalled = Stopwatch.StartNew();
        child.Signal(signal);
        var run = child.WaitForExit(Patience);

        Assert.True(run.Exit == 130, run.ToString());
        run.AssertNoCrashText();
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal($"papergraph: error: interrupted before the run finished: nothing in {folder} was replaced: its {before.Count} file(s) are still those of the previous run; run the same command again to finish", line);
        BuildOutputs.AssertUnchanged(before, folder);
        Assert.True(signalled.Elapsed < TimeSpan.FromSeconds(20), $"stopping took {signalled.Elapsed.TotalSeconds:F1} s");
        var again = InProcessCli.Run("build", ReliabilityCorpus.PathOf("good-before.jsonl"), "--threads", "2", "--out", folder);
        Assert.True(again.Exit == 0, again.ToString());
        Assert.Equal(3, BuildOutputs.AssertValidGraph(folder).Papers.Count);
    }

    [Fact]
    public void Build_KilledWithSigkillWhileExtracting_KeepsEveryPreviousFileAndTheNextBuildWorks()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "build");
        Assert.Equal(0, InProcessCli.Run("build", ReliabilityCorpus.PathOf("good-before.jsonl"), "--threads", "2", "--out", folder).Exit);
        var before = BuildOutputs.Snapshot(folder);

        using (var child = CliChildProcess.Start(null, "build", large.File, "--threads", "2", "--out", folder))
        {
            WaitForTemporaryFile(child, folder);
            child.KillNow();
        }

        // No handler runs on SIGKILL: the temporary file being written stays, the files it was to replace are untouched.
        BuildOutputs.AssertUnchanged(before, folder, besideTemporaryFiles: true);
        var again = InProcessCli.Run("build", ReliabilityCorpus.PathOf("good-after.jsonl"), "--threads", "2", "--out", folder);
        Assert.True(again.Exit == 0, again.ToString());
        Assert.Equal(["Reliability after good paper 0", "Reliability after good paper 1", "Reliability after good paper 2"],
            BuildOutputs.AssertValidGraph(folder).Papers.Select(p => p.Title).Order(StringComparer.Ordinal));
    }

    [PosixTheory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void Extract_SignalledWhileWritingItsFile_LeavesThePreviousFileAndSaysSo(string signal)
    {
        using var temp = new TempFolder();
        var output = temp.Write("papers.jsonl", "the previous extraction\n");

        using var child = CliChildProcess.Start(null, "extract", large.File, "--threads", "2", "--out", output);
        WaitForTemporaryFile(child, temp.Path);
        child.Signal(signal);
        var run = child.WaitForExit(Patience);

        Assert.True(run.Exit == 130, run.ToString());
        run.AssertNoCrashText();
        Assert.Equal($"papergraph: error: interrupted before the run finished: {output} was not written and is as it was before the run; run the same command again to finish", Assert.Single(run.ErrorLines));
        Assert.Equal("the previous extraction\n", File.ReadAllText(output));
        Assert.Equal([output], Directory.GetFiles(temp.Path));
    }

    [PosixTheory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void LoadNeo4j_SignalledWhileWaitingForTheServer_ExitsInterruptedAndSaysHowToFinish(string signal)
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "build");
        Assert.Equal(0, InProcessCli.Run("build", ReliabilityCorpus.PathOf("good-before.jsonl"), "--threads", "2", "--out", folder).Exit);
        using var silent = new SilentServer();

        using var child = CliChildProcess.Start(new Dictionary<string, string> { ["NEO4J_PASSWORD"] = "secret-under-test" },
            "load", "neo4j", "--from", folder, "--url", silent.Url);
        Assert.True(silent.RequestSeen.Wait(Patience), "the load never reached the server; stderr: " + child.Error);
        child.Signal(signal);
        var run = child.WaitForExit(Patience);

        Assert.True(run.Exit == 130, run.ToString());
        run.AssertNoCrashText();
        Assert.Equal("papergraph: error: interrupted: what was sent is committed; run the same command again to finish the load", Assert.Single(run.ErrorLines));
        Assert.DoesNotContain("secret-under-test", run.Error);
    }

    /// <summary>Waits until the child has begun an atomic write under <paramref name="folder"/>: it is then mid-run.</summary>
    private static void WaitForTemporaryFile(CliChildProcess child, string folder)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            Assert.False(child.HasExited, "papergraph ended before it could be interrupted: " + child.Error);
            if (Directory.Exists(folder) && Directory.EnumerateFiles(folder, ".*.tmp", SearchOption.AllDirectories).Any()) return;
            Thread.Sleep(20);
        }
        Assert.Fail("papergraph never started writing; stderr: " + child.Error);
    }
}
