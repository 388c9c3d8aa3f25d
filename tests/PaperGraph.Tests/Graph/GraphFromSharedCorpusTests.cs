using System.Text.Json;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Graph;

/// <summary>The real extractor on the daily-papers pages: the graph it gives is consistent, valid and round-trips.</summary>
public sealed class GraphFromSharedCorpusTests
{
    [SharedDataFact]
    public void Build_DailyPapersPages_GivesAConsistentGraphThatMatchesTheSchemaAndRoundTrips()
    {
        var builder = new GraphBuilder();
        foreach (var outcome in PaperSources.Read([SharedData.PathOf("corpus/hf-daily-papers")]))
        {
            if (outcome is ReadOutcome.Read read) builder.Add(Extractor.Default.Extract(read.Paper));
        }
        var graph = builder.Build();

        Assert.NotEmpty(graph.Papers);
        Assert.Contains(graph.Edges, e => e.Kind == EdgeKind.EvaluatedOn);
        var papers = graph.Papers.ToDictionary(p => p.Id);
        var nodes = papers.Keys.Select(p => p.Value).Concat(graph.Entities.Select(e => e.Id.Value)).ToHashSet();
        Assert.All(graph.Edges, e => Assert.True(nodes.Contains(e.Source) && nodes.Contains(e.Target) && e.Weight > 0));
        Assert.All(graph.Entities.SelectMany(e => e.Evidence).Concat(graph.Edges.SelectMany(e => e.Evidence)), e =>
        {
            var text = papers[e.Paper].Text(e.Span.Field);
            Assert.True(e.Span.End <= text.Length && e.Sentence.Contains(e.Span));
        });

        var folder = Directory.CreateTempSubdirectory("papergraph-daily-").FullName;
        try
        {
            var path = Path.Combine(folder, GraphStore.FileName);
            GraphStore.Save(graph, GraphAnalysis.None, path);
            using (var document = JsonDocument.Parse(File.ReadAllBytes(path)))
            {
                var schema = JsonSchemaValidator.Load(Path.Combine(SharedData.RepositoryRoot, "docs", "graph.schema.json"));
                Assert.Empty(schema.Validate(document.RootElement));
            }
            var (opened, analysis) = GraphStore.Open(folder);
            GraphStore.Save(opened, analysis, path + ".again");
            Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(path + ".again"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
