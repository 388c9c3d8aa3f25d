namespace PaperGraph.Ingest;

/// <summary>Input formats; Auto detects from the content.</summary>
public enum PaperFormat
{
    Auto,
    HfDaily,
    JsonLines,
    ArxivAtom,
    ArxivSnapshot,
    OpenAlex,
    Csv,
}
