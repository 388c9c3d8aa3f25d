namespace PaperGraph.Ingest;

/// <summary>
/// A record that cannot become a paper, raised deep inside a field parser and caught by the reader of that
/// same record, which turns it into a <see cref="ReadIssue"/>; it never leaves the readers.
/// </summary>
internal sealed class BadRecordException(string message) : Exception(message);
