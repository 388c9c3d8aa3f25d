using PaperGraph.Ingest;

namespace PaperGraph.Cli.Console;

/// <summary>
/// Messages for people, on standard error, so standard output stays clean for data
/// (`papergraph extract ... > out.jsonl`). Thread-safe: readers report issues from their own thread.
/// </summary>
internal sealed class CliOutput(TextWriter error)
{
    private static readonly CliOutput ProcessError = new(System.Console.Error);

    // Flows with the run, so in-process runs (tests, a host embedding the CLI) each see their own writer
    // while System.Console.Error, which is process-wide, stays untouched.
    private static readonly AsyncLocal<CliOutput?> Redirected = new();

    private readonly Lock _gate = new();
    private int _issuesShown;

    /// <summary>Standard error, or the writer given to <see cref="RedirectTo"/> for the current run.</summary>
    public static CliOutput Standard => Redirected.Value ?? ProcessError;

    /// <summary>Sends what commands report through <see cref="Standard"/> to <paramref name="error"/> until disposed.</summary>
    public static IDisposable RedirectTo(TextWriter error)
    {
        var previous = Redirected.Value;
        Redirected.Value = new CliOutput(error);
        return new Scope(() => Redirected.Value = previous);
    }

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
