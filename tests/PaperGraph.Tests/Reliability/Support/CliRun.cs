namespace PaperGraph.Tests.Reliability.Support;

/// <summary>What one run of the command line did: its exit code and what it said on standard error (and output).</summary>
internal sealed record CliRun(int Exit, string Error)
{
    /// <summary>Standard output, where a child process was run; in-process runs leave it empty.</summary>
    public string Output { get; init; } = "";

    public IReadOnlyList<string> ErrorLines { get; } =
        [.. Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r'))];

    /// <summary>The lines that report a problem with <paramref name="file"/> (skipped records and unreadable inputs).</summary>
    public IReadOnlyList<string> IssuesOf(string file) =>
        [.. ErrorLines.Where(line => line.StartsWith("papergraph: skipped " + file + ":", StringComparison.Ordinal)
                                     || line.StartsWith("papergraph: error: " + file + ":", StringComparison.Ordinal))];

    /// <summary>No stack trace, no exception type name, nothing a crash would print.</summary>
    public void AssertNoCrashText()
    {
        Assert.DoesNotContain("   at ", Error);
        Assert.DoesNotContain("Exception", Error);
        Assert.DoesNotContain("Unhandled", Error);
        Assert.DoesNotContain("internal error", Error);
    }

    public override string ToString() => $"exit {Exit}; stderr:\n{Error}";
}
