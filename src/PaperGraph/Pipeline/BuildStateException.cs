namespace PaperGraph.Pipeline;

/// <summary>
/// An output folder that cannot be updated or merged into as asked: it has no cache of a previous build,
/// its cache is damaged, or the record files do not belong together. The message says how to recover.
/// </summary>
public sealed class BuildStateException(string message, Exception? inner = null) : Exception(message, inner);
