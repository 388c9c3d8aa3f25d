using PaperGraph.Ingest;

namespace PaperGraph.Cli.Console;

/// <summary>
/// Messages for people, on standard error, so standard output stays clean for data
/// (`papergraph extract ... > out.jsonl`). Thread-safe: readers report issues from their own thread.
/// </summary>
internal sealed class CliOutput(TextWriter error)
{
    private readonly Lock _gate = new();
    private int _issuesShown;

    public static CliOutput Standard { get; } = new(System.Console.Error);

    /// <summary>How many bad-record lines to print before only counting them.</summary>
    public int MaxIssuesShown { get; init; } = 20;

    public void Error(string message)
    {
        lock (_gate) error.WriteLine("papergraph: error: " + message);
    }

    public void Warning(string message)
    {
        lock (_gate) error.WriteLine("papergraph: warning: " + message);
    }

    public void Info(string message)
    {
        lock (_gate) error.WriteLine(message);
    }

    public void Issue(ReadIssue issue)
    {
        lock (_gate)
        {
            if (issue.IsFatalForInput) error.WriteLine("papergraph: error: " + issue);
            else if (_issuesShown++ < MaxIssuesShown) error.WriteLine("papergraph: skipped " + issue);
            else if (_issuesShown == MaxIssuesShown + 1) error.WriteLine("papergraph: (more skipped records are only counted)");
        }
    }
}
