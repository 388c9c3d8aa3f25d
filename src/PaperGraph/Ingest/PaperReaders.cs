namespace PaperGraph.Ingest;

/// <summary>The reader for each format.</summary>
internal static class PaperReaders
{
    public static IPaperReader For(PaperFormat format, IngestOptions options) => format switch
    {
        PaperFormat.HfDaily => new HfDailyPagesReader(options),
        PaperFormat.JsonLines => new JsonLinesReader(options),
        PaperFormat.ArxivAtom => new ArxivAtomReader(options),
        PaperFormat.ArxivSnapshot => new ArxivSnapshotReader(options),
        PaperFormat.OpenAlex => new OpenAlexReader(options),
        PaperFormat.Csv => new CsvPaperReader(options),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "a concrete format is needed"),
    };
}
