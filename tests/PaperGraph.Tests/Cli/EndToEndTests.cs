using System.Text.Json;
using PaperGraph.Cli.Commands;
using PaperGraph.Cli.Console;
using PaperGraph.Graph;
using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Cli;

/// <summary>The README's first command, run in-process on the sample pages shipped in samples/.</summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("papergraph-e2e-").FullName;

    private static string Samples => Path.Combine(SharedData.RepositoryRoot, "samples");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Build_SamplePages_WritesEveryOutputAndAGraphThatTracesBackToTheText()
    {
        var error = new StringWriter();

        var code = BuildCommand.Run([Samples], new PipelineOptions { Parallelism = 2 }, _work, new CliOutput(error), CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, code);
        foreach (var file in new[] { "graph.json", "graph.graphml", "communities.json" })
        {
            Assert.True(File.Exists(Path.Combine(_work, file)), file + " missing; stderr: " + error);
        }
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_work, "neo4j-import"), "*.csv"));

        var (graph, analysis) = GraphStore.Open(_work);
        // The two pages hold 98 + 43 entries; two papers appear on both pages.
        Assert.Equal(139, graph.Papers.Count);
        var papers = graph.Papers.ToDictionary(p => p.Id);

        var fastSpeech2 = Assert.Single(graph.Entities, e => e.Type == EntityType.Method && e.Name == "FastSpeech 2");
        var proposer = papers[Assert.Single(fastSpeech2.ProposedBy)];
        Assert.StartsWith("FastSpeech 2:", proposer.Title);
        Assert.Contains(graph.Entities, e => e.Type == EntityType.Method && e.Name == "FastSpeech");

        // Every piece of evidence points at the text it claims to.
        foreach (var entity in graph.Entities)
        {
            foreach (var evidence in entity.Evidence)
            {
                var paper = papers[evidence.Paper];
                Assert.True(evidence.Sentence.Contains(evidence.Span), $"{entity.Name}: span outside its sentence");
                Assert.InRange(evidence.Sentence.End, 0, paper.Text(evidence.Span.Field).Length);
            }
        }

        // "IS=8.81pm0.10, FID=9.91) on the CIFAR-10 dataset": a result tied to its metric and dataset.
        var fid = graph.Results.Where(r => r.Value.Text.Contains("9.91")).ToList();
        Assert.NotEmpty(fid);
        Assert.Contains(fid, r => r.Metric.Value.Contains("fid", StringComparison.OrdinalIgnoreCase)
                                  || r.Metric.Value.Contains("frechet", StringComparison.OrdinalIgnoreCase));

        Assert.NotEmpty(analysis.Communities);
        Assert.All(graph.Entities.Where(e => analysis.Nodes.ContainsKey(e.Id.Value)), e => Assert.True(analysis.Nodes[e.Id.Value].PageRank > 0));
    }

    [Fact]
    public void Build_Twice_IsByteIdentical()
    {
        var first = Path.Combine(_work, "a");
        var second = Path.Combine(_work, "b");
        var console = new CliOutput(TextWriter.Null);

        BuildCommand.Run([Samples], new PipelineOptions(), first, console, CancellationToken.None);
        BuildCommand.Run([Samples], new PipelineOptions { Parallelism = 1 }, second, console, CancellationToken.None);

        foreach (var file in Directory.GetFiles(first, "*", SearchOption.AllDirectories))
        {
            var twin = Path.Combine(second, Path.GetRelativePath(first, file));
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(twin)), Path.GetRelativePath(first, file) + " differs");
        }
    }

    [Fact]
    public void Extract_MissingInputBesideGoodOne_ProcessesTheGoodOneAndExitsWithInputError()
    {
        var output = Path.Combine(_work, "out.jsonl");
        var missing = Path.Combine(_work, "no-such-file.jsonl");
        var error = new StringWriter();

        var code = ExtractCommand.Run([missing, Path.Combine(Samples, "daily-papers-2.txt")], new PipelineOptions(), output, new CliOutput(error), CancellationToken.None);

        Assert.Equal(ExitCodes.InputError, code);
        Assert.Contains("no-such-file.jsonl", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
        var lines = File.ReadAllLines(output);
        Assert.Equal(43, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.True(first.RootElement.TryGetProperty("entities", out _));
    }

    [Fact]
    public void Extract_BadRecord_IsSkippedAndNamedOrFatalUnderStrict()
    {
        var input = Path.Combine(_work, "papers.jsonl");
        File.WriteAllLines(input,
        [
            """{"title":"Low-Rank Adaptation of Large Language Models","abstract":"We propose LoRA, which freezes the pretrained weights."}""",
            """{"title": 12, "abstract": []}""",
            """{"title":"Attention Is All You Need","abstract":"We propose the Transformer, based solely on attention."}""",
        ]);
        var output = Path.Combine(_work, "strict.jsonl");
        var error = new StringWriter();

        var lenient = ExtractCommand.Run([input], new PipelineOptions(), output, new CliOutput(error), CancellationToken.None);
        Assert.Equal(ExitCodes.Ok, lenient);
        Assert.Equal(2, File.ReadAllLines(output).Length);
        Assert.Contains("papers.jsonl:2", error.ToString());

        var console = new CliOutput(error);
        var strict = CommandRunner.Run(console, () =>
            ExtractCommand.Run([input], new PipelineOptions { Strict = true }, output + ".strict", console, CancellationToken.None));
        Assert.Equal(ExitCodes.InputError, strict);
        Assert.Contains("--strict", error.ToString());
        // A failed run replaces nothing: the output file is written whole or not at all.
        Assert.False(File.Exists(output + ".strict"));
    }
}
