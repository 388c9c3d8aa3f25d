namespace PaperGraph.Extraction.Lexicon;

/// <summary>A lexicon data line that does not follow the format; names the file and the line.</summary>
public sealed class LexiconFormatException(string file, int line, string problem)
    : FormatException($"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}
