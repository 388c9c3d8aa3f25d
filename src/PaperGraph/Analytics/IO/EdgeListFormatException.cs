namespace PaperGraph.Analytics.IO;

/// <summary>A line of an edge list that cannot be read; the message names the file and the 1-based line.</summary>
public sealed class EdgeListFormatException(string file, long line, string problem)
    : FormatException($"{file}:{line}: {problem}")
{
    public string File { get; } = file;
    public long Line { get; } = line;
    public string Problem { get; } = problem;
}
