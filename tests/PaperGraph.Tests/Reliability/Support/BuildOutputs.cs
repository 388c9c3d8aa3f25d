using System.Text.Json;
using PaperGraph.Graph;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Reliability.Support;

/// <summary>Checks on what a run wrote: graph.json against its schema, evidence spans, and folders byte for byte.</summary>
internal static class BuildOutputs
{
    private static readonly Lazy<JsonSchemaValidator> Schema =
        new(() => JsonSchemaValidator.Load(Path.Combine(SharedData.RepositoryRoot, "docs", "graph.schema.json")));

    /// <summary>graph.json of a build folder matches docs/graph.schema.json and all its evidence is sound; returns the graph.</summary>
    public static KnowledgeGraph AssertValidGraph(string folder)
    {
        var path = Path.Combine(folder, GraphStore.FileName);
        using (var document = JsonDocument.Parse(File.ReadAllBytes(path)))
        {
            var errors = Schema.Value.Validate(document.RootElement);
            Assert.True(errors.Count == 0, "graph.json does not match its schema: " + string.Join("; ", errors.Take(5)));
        }
        var (graph, _) = GraphStore.Open(path);
        AssertSound(graph);
        return graph;
    }

    /// <summary>Every edge and result names nodes that exist, and every piece of evidence lies inside its sentence and its paper's text.</summary>
    public static void AssertSound(KnowledgeGraph graph)
    {
        var papers = graph.Papers.ToDictionary(p => p.Id);
        var entities = graph.Entities.Select(e => e.Id).ToHashSet();
        var nodes = graph.Papers.Select(p => p.Id.Value).Concat(entities.Select(e => e.Value)).ToHashSet(StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            Assert.True(nodes.Contains(edge.Source) && nodes.Contains(edge.Target), $"edge {edge.Source} -> {edge.Target} names a missing node");
        }
        foreach (var result in graph.Results)
        {
            Assert.Contains(result.Metric, entities);
            if (result.Target is { } target) Assert.Contains(target, entities);
            if (result.Method is { } method) Assert.Contains(method, entities);
            Assert.Equal(result.Text, papers[result.Evidence.Paper].Slice(result.Evidence.Span));
        }
        var evidence = graph.Entities.SelectMany(e => e.Evidence).Concat(graph.Edges.SelectMany(e => e.Evidence)).Concat(graph.Results.Select(r => r.Evidence));
        foreach (var e in evidence)
        {
            Assert.True(papers.ContainsKey(e.Paper), $"evidence names paper {e.Paper}, which is not in the graph");
            var text = papers[e.Paper].Text(e.Span.Field);
            Assert.True(e.Span.Start >= 0 && e.Span.Start <= e.Span.End && e.Span.End <= text.Length, $"{e.Paper} {e.Span} lies outside its text ({text.Length} chars)");
            Assert.True(e.Sentence.Contains(e.Span) && e.Sentence.Start >= 0 && e.Sentence.End <= text.Length, $"{e.Paper} {e.Span} lies outside its sentence {e.Sentence}");
        }
    }

    /// <summary>The titles on the lines of an `extract` output.</summary>
    public static IReadOnlyList<string> ExtractedTitles(string jsonLinesFile) =>
        [.. File.ReadLines(jsonLinesFile).Where(line => line.Length > 0).Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.GetProperty("title").GetString()!;
        })];

    /// <summary>Every file under a folder and its bytes, by relative path.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(folder, file), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>
    /// The folder holds exactly the files of the snapshot, byte for byte; with <paramref name="besideTemporaryFiles"/>,
    /// the temporary files of atomic writes (".NAME.RANDOM.tmp", left by a killed process) are allowed besides.
    /// </summary>
    public static void AssertUnchanged(SortedDictionary<string, byte[]> before, string folder, bool besideTemporaryFiles = false)
    {
        var after = Snapshot(folder);
        if (besideTemporaryFiles)
        {
            foreach (var name in after.Keys.Where(IsTemporary).ToList()) after.Remove(name);
        }
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (name, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[name]), $"{name} changed");
        }
    }

    public static bool IsTemporary(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') && name.EndsWith(".tmp", StringComparison.Ordinal);
    }
}
