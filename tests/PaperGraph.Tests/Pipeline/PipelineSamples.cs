using PaperGraph.Export;
using PaperGraph.Extraction;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Pipeline;

/// <summary>The sample pages shipped in the repository, as inputs and as extractions, for pipeline and record tests.</summary>
internal static class PipelineSamples
{
    public static string Folder { get; } = Path.Combine(SharedData.RepositoryRoot, "samples");

    public static string Page1 { get; } = Path.Combine(Folder, "daily-papers-1.txt");

    public static string Page2 { get; } = Path.Combine(Folder, "daily-papers-2.txt");

    private static readonly Lazy<IReadOnlyList<PaperExtraction>> Lazy = new(() =>
        [.. PaperGraph.Ingest.PaperSources.Read([Folder])
            .OfType<PaperGraph.Ingest.ReadOutcome.Read>()
            .Select(r => Extractor.Default.Extract(r.Paper))]);

    /// <summary>Every paper of both pages, extracted with the default extractor.</summary>
    public static IReadOnlyList<PaperExtraction> Extractions => Lazy.Value;

    public static byte[] RecordBytes(IEnumerable<PaperExtraction> extractions, string version = "test-version")
    {
        using var stream = new MemoryStream();
        using (var writer = new ExtractionRecordWriter(stream, new ExtractionRecordHeader(version)))
        {
            long sequence = 0;
            foreach (var extraction in extractions) writer.Write(new ExtractionRecord(extraction, ContentHash.Of(extraction.Paper), sequence++));
            writer.Flush();
        }
        return stream.ToArray();
    }
}
