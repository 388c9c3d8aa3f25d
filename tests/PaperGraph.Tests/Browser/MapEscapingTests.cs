using System.Text.Json;
using PaperGraph.Export;
using PaperGraph.Graph;
using static PaperGraph.Tests.Graph.GraphFixtures;

namespace PaperGraph.Tests.Browser;

/// <summary>
/// Hostile text in titles, abstracts, names and URLs reaches the page as text: nothing runs, no
/// element is injected, and the panel and search show the characters as they were written.
/// </summary>
public sealed class MapEscapingTests(MapBrowserFixture fixture) : IClassFixture<MapBrowserFixture>, IDisposable
{
    private const string Abstract =
        "We propose \"Quote\" O'Net, which runs <script>alert(1)</script> and <img src=x onerror=\"window.__pwned=1;alert(2)\"> "
        + "in a sentence with </script><script>window.__pwned=2</script> inside. \"Quote\" O'Net reaches 91.5% accuracy on ImageNet.\u2028Next line.";

    private const string Title = "A </title><script>alert(3)</script> \"quoted\" `title` & more";

    private readonly string root = Directory.CreateTempSubdirectory("papergraph-map-hostile-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [ChromiumFact]
    public async Task HostilePage_ScriptInAbstractAndNames_ShowsAsTextAndRunsNothing()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var page = await fixture.OpenAsync(WriteHostilePage(), cts.Token);

        await page.EvaluateAsync("window.paperGraphMap.select('arxiv:2401.00001')", cts.Token);
        var panel = (await page.EvaluateAsync("document.getElementById('pg-panel').textContent", cts.Token)).GetString();
        var scripts = await page.EvaluateAsync<int>("document.scripts.length", cts.Token);
        var injected = await page.EvaluateAsync<int>("document.querySelectorAll('img, iframe, object, embed, svg, [onerror], [onload]').length", cts.Token);
        var pwned = await page.EvaluateAsync<bool>("window.__pwned !== undefined", cts.Token);
        var links = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#pg-panel a')].map(a => a.href)", cts.Token);
        var hits = await page.EvaluateAsync($"window.paperGraphMap.search({JsonSerializer.Serialize("\"Quote\" O'Net")})", cts.Token);

        Assert.Empty(page.Dialogs);
        Assert.Empty(page.Errors);
        Assert.False(pwned);
        Assert.Equal(2, scripts);
        Assert.Equal(0, injected);
        Assert.Contains("<script>alert(1)</script>", panel);
        Assert.Contains("</script><script>window.__pwned=2</script>", panel);
        Assert.Contains(Title, panel);
        Assert.DoesNotContain(links, href => href.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("\"Quote\" O'Net", hits[0].GetProperty("label").GetString());
    }

    [ChromiumFact]
    public async Task EmptyGraphPage_Opened_SaysItIsEmptyWithoutErrors()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        new HtmlMapWriter().Write(KnowledgeGraph.Empty, GraphAnalysis.None, new OutputFolder(root));

        var page = await fixture.OpenAsync(Path.Combine(root, HtmlMapWriter.FileName), cts.Token);
        var nodes = await page.EvaluateAsync<int>("window.paperGraphMap.counts().nodes", cts.Token);
        var status = (await page.EvaluateAsync("document.getElementById('pg-status').textContent", cts.Token)).GetString();

        Assert.Equal(0, nodes);
        Assert.Contains("empty", status);
        Assert.Empty(page.Errors);
    }

    private string WriteHostilePage()
    {
        var paper = Paper("arxiv:2401.00001", Title, Abstract) with { Url = "javascript:alert(5)" };
        var other = Paper("arxiv:2401.00002", "Plain paper", "We use \"Quote\" O'Net on ImageNet.");
        var graph = Build(
            Extracted(paper,
                [
                    Entity(paper, EntityType.Method, "\"Quote\" O'Net", "quoteonet", MentionRole.Proposed),
                    Entity(paper, EntityType.Method, "<script>alert(1)</script>", "scriptalert1"),
                    Entity(paper, EntityType.Dataset, "ImageNet"),
                    Entity(paper, EntityType.Metric, "accuracy"),
                ],
                Result(paper, "accuracy", 91.5, "91.5%", "ImageNet", "\"Quote\" O'Net", "\"Quote\" O'Net reaches 91.5% accuracy on ImageNet")),
            Extracted(other, Entity(other, EntityType.Method, "\"Quote\" O'Net", "quoteonet"), Entity(other, EntityType.Dataset, "ImageNet")));
        var analysis = GraphAnalyzer.Analyze(graph, new AnalysisOptions());
        new HtmlMapWriter().Write(graph, analysis, new OutputFolder(root));
        return Path.Combine(root, HtmlMapWriter.FileName);
    }
}
