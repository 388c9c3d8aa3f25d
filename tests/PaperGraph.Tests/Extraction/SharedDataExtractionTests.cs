using System.Text.Json;
using PaperGraph.Extraction;
using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Extraction;

/// <summary>Extraction over the shared evaluation data and corpus; skipped when ../shared is absent.</summary>
public class SharedDataExtractionTests
{
    [SharedDataFact]
    public void Extract_SamplePages_MeetTheLenientF1Bar()
    {
        var papers = new[] { "daily-papers-1.txt", "daily-papers-2.txt" }
            .SelectMany(name => ReadPages(Path.Combine(SharedData.RepositoryRoot, "samples", name)))
            .ToList();
        var score = DevSetScorer.Score(SharedData.PathOf("eval/dev-gold.jsonl"), papers.Select(Extractor.Default.Extract));
        Assert.True(DevSetScorer.F1(score) >= 0.75, $"lenient micro F1 {DevSetScorer.F1(score):F3} (tp {score.Tp}, fp {score.Fp}, fn {score.Fn})");
    }

    [SharedDataFact]
    public void Extract_CorpusAbstracts_SpansSliceAndResultsPointAtEntities()
    {
        var path = SharedData.PathOf("corpus/conference-abstracts/ml_abstracts.jsonl");
        foreach (var line in File.ReadLines(path).Take(400))
        {
            using var doc = JsonDocument.Parse(line);
            var paper = TestExtraction.Paper(doc.RootElement.GetProperty("title").GetString()!, doc.RootElement.GetProperty("abstract").GetString()!);
            var extraction = Extractor.Default.Extract(paper);
            foreach (var m in extraction.Entities.SelectMany(e => e.Mentions)) Assert.Equal(m.Text, paper.Slice(m.Span));
            var names = extraction.Entities.Select(e => e.Name).ToHashSet();
            foreach (var r in extraction.Results) Assert.Contains(r.Metric, names);
            Assert.Equal(extraction.Entities.Count, extraction.Entities.Select(e => (e.Type, e.Key)).Distinct().Count());
        }
    }

    private static IEnumerable<Paper> ReadPages(string path)
    {
        using var stream = File.OpenRead(path);
        foreach (var outcome in PaperReaders.For(PaperFormat.HfDaily, new IngestOptions()).Read(stream, path).ToList())
        {
            if (outcome is ReadOutcome.Read read) yield return read.Paper;
        }
    }
}
