using PaperGraph.Ingest;

namespace PaperGraph.Pipeline;

/// <summary>Thrown under --strict at the first bad record, after everything before it was processed.</summary>
public sealed class BadInputException(ReadIssue issue) : Exception(issue.ToString())
{
    public ReadIssue Issue { get; } = issue;
}
