namespace PaperGraph.Ingest;

/// <summary>Reads papers from one input, streaming. Never throws for bad content: it yields issues.</summary>
public interface IPaperReader
{
    PaperFormat Format { get; }

    /// <param name="utf8">
    /// The input as UTF-8 bytes: <see cref="PaperSources"/> has already undone gzip and turned UTF-16 or
    /// UTF-32 into UTF-8. The reader does not dispose it.
    /// </param>
    /// <param name="sourceName">The file path, or "-" for standard input, used in locations and issues.</param>
    IEnumerable<ReadOutcome> Read(Stream utf8, string sourceName, CancellationToken cancellationToken = default);
}
