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

    /// <summary>
    /// The sample papers as JSON lines in <paramref name="parts"/> files under <paramref name="folder"/>: all but
    /// a few in the first, then <paramref name="perUpdate"/> in each other file, so that each update is a small change.
    /// </summary>
    public static string[] WriteParts(string folder, int parts, int perUpdate = 4)
    {
        var papers = PaperGraph.Ingest.PaperSources.Read([Folder]).OfType<PaperGraph.Ingest.ReadOutcome.Read>().Select(r => r.Paper).ToList();
        var files = new string[parts];
        for (var part = 0; part < parts; part++)
        {
            var start = part == 0 ? 0 : papers.Count - (parts - part) * perUpdate;
            var end = papers.Count - (parts - part - 1) * perUpdate;
            files[part] = Path.Combine(folder, $"part-{part}.jsonl");
            File.WriteAllLines(files[part], papers[start..end].Select(p =>
                System.Text.Json.JsonSerializer.Serialize(new { title = p.Title, @abstract = p.Abstract, url = p.Url })));
        }
        return files;
    }

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
