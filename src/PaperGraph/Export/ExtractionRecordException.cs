namespace PaperGraph.Export;

/// <summary>
/// An extraction record file that cannot be used: missing, not a record file, truncated or corrupt.
/// The message is one line naming the file and, when it is about one record, its line.
/// </summary>
public sealed class ExtractionRecordException(string file, long line, string problem) : Exception(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
{
    public string File { get; } = file;

    /// <summary>The 1-based line of the bad record; 0 when the file as a whole is the problem.</summary>
    public long Line { get; } = line;

    public string Problem { get; } = problem;
}
