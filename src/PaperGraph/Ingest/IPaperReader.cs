namespace PaperGraph.Ingest;

/// <summary>Reads papers from one text input, streaming. Never throws for bad content: it yields issues.</summary>
public interface IPaperReader
{
    PaperFormat Format { get; }

    /// <param name="text">The decoded input (gzip already undone).</param>
    /// <param name="sourceName">The file path, or "-" for standard input, used in ids and issues.</param>
    IEnumerable<ReadOutcome> Read(TextReader text, string sourceName, CancellationToken cancellationToken = default);
}
