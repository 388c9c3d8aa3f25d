namespace PaperGraph.Ingest;

/// <summary>
/// One record of an input: a paper, or the reason it could not be read. Readers yield issues
/// instead of throwing so that one bad record never costs the good ones around it.
/// </summary>
public abstract record ReadOutcome
{
    private ReadOutcome() { }

    public sealed record Read(Paper Paper) : ReadOutcome;

    public sealed record Issue(ReadIssue Problem) : ReadOutcome;
}

/// <summary>
/// A record that could not be read: where it is and, in one line, why. Line 0 means the input as a whole
/// (a missing file, an unknown format).
/// </summary>
public sealed record ReadIssue(SourceLocation Location, string Message)
{
    /// <summary>True when the whole input is unusable (missing, unreadable, wrong format), not just one record.</summary>
    public bool IsFatalForInput { get; init; }

    public override string ToString() => Location.Line > 0 ? $"{Location}: {Message}" : $"{Location.File}: {Message}";
}
