using PaperGraph.Graph;

namespace PaperGraph.Tests.Graph;

/// <summary>
/// Seeded random extractions, including spans outside their field, empty names, duplicate ids and
/// hostile text: the builder never throws, everything it keeps is consistent, and graph.json
/// reads back to the same bytes.
/// </summary>
public sealed class GraphBuilderRandomTests
{
    private static readonly string[] Names =
    [
        "ResNet", "IS", "Inception Score", "SAM", "Segment Anything Model", "GANs", "GAN", "FastSpeech 2", "COCO val",
        "COCO", "'); MATCH (n) DETACH DELETE n //", "<script>alert(1)</script>", "a \"quoted\", name", "", " ", "ÉLAN-α", "x\u0001y",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Build_RandomExtractions_KeepsAConsistentGraphThatRoundTrips(int seed)
    {
        var random = new Random(seed);
        var builder = new GraphBuilder();
        for (var p = 0; p < 60; p++) builder.Add(RandomExtraction(random, p));

        var graph = builder.Build();

        var papers = graph.Papers.ToDictionary(x => x.Id);
        var nodes = graph.Papers.Select(x => x.Id.Value).Concat(graph.Entities.Select(e => e.Id.Value)).ToHashSet();
        var entities = graph.Entities.Select(e => e.Id).ToHashSet();
        Assert.Equal(nodes.Count, graph.Papers.Count + graph.Entities.Count);
        Assert.All(graph.Edges, e => Assert.True(nodes.Contains(e.Source) && nodes.Contains(e.Target), $"{e.Source} -> {e.Target}"));
        Assert.All(graph.Results, r =>
        {
            Assert.Contains(r.Metric, entities);
            if (r.Target is { } t) Assert.Contains(t, entities);
            if (r.Method is { } m) Assert.Contains(m, entities);
        });
        var evidence = graph.Entities.SelectMany(e => e.Evidence).Concat(graph.Edges.SelectMany(e => e.Evidence)).Concat(graph.Results.Select(r => r.Evidence));
        Assert.All(evidence, e =>
        {
            var text = papers[e.Paper].Text(e.Span.Field);
            Assert.True(e.Span.Start >= 0 && e.Span.End <= text.Length && e.Span.Start <= e.Span.End);
            Assert.True(e.Sentence.Contains(e.Span) && e.Sentence.End <= text.Length);
        });
        Assert.All(graph.Edges, e => Assert.True(e.Weight >= 1));

        var folder = Directory.CreateTempSubdirectory("papergraph-random-").FullName;
        try
        {
            var first = Path.Combine(folder, "graph.json");
            var second = Path.Combine(folder, "again.json");
            GraphStore.Save(graph, GraphAnalysis.None, first);
            var (opened, analysis) = GraphStore.Open(first);
            GraphStore.Save(opened, analysis, second);
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static PaperExtraction RandomExtraction(Random random, int index)
    {
        var words = Enumerable.Range(0, random.Next(0, 40)).Select(_ => Names[random.Next(Names.Length)] + (random.Next(6) == 0 ? ". " : " "));
        var text = string.Concat(words);
        var id = new PaperId("arxiv:" + random.Next(0, 50).ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        var paper = new Paper(id, Names[random.Next(Names.Length)], text, new SourceLocation("random", index));
        var entities = new List<ExtractedEntity>();
        for (var e = random.Next(0, 6); e > 0; e--)
        {
            var type = EntityTypes.All[random.Next(EntityTypes.All.Count)];
            var name = Names[random.Next(Names.Length)];
            var mentions = Enumerable.Range(0, random.Next(0, 3)).Select(_ =>
            {
                var field = random.Next(2) == 0 ? TextField.Title : TextField.Abstract;
                var start = random.Next(-2, paper.Text(field).Length + 3);
                return new Mention(type, name, new TextSpan(field, start, start + random.Next(-1, 12)), MentionOrigin.Pattern);
            }).ToList();
            var aliases = random.Next(3) == 0 ? [new Alias(Names[random.Next(Names.Length)], (MergeReason)random.Next(4))] : Array.Empty<Alias>();
            entities.Add(new ExtractedEntity(type, name, random.Next(4) == 0 ? "" : name.ToLowerInvariant(), (MentionRole)random.Next(2), mentions, aliases));
        }
        var results = new List<Result>();
        for (var r = random.Next(0, 3); r > 0; r--)
        {
            var start = random.Next(-1, text.Length + 2);
            var span = new TextSpan(TextField.Abstract, start, start + random.Next(0, 30));
            results.Add(new Result(Names[random.Next(Names.Length)], new Quantity(random.NextDouble(), QuantityUnit.Percent, "1%"),
                random.Next(2) == 0 ? null : Names[random.Next(Names.Length)], random.Next(2) == 0 ? null : Names[random.Next(Names.Length)], span, "raw"));
        }
        return new PaperExtraction(paper, entities, results);
    }
}
