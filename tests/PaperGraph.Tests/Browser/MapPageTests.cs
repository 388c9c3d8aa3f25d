using System.Text.Json;
using Xunit.Abstractions;

namespace PaperGraph.Tests.Browser;

/// <summary>The map written by a real build of the sample pages, opened from file:// in headless Chromium.</summary>
public sealed class MapPageTests(MapBrowserFixture fixture, ITestOutputHelper output) : IClassFixture<MapBrowserFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private string SamplePage => Path.Combine(fixture.SampleOutput, "index.html");

    [ChromiumFact]
    public async Task SamplePage_OpenedFromFile_LoadsWithNoConsoleErrorsOrExceptions()
    {
        using var cts = new CancellationTokenSource(Timeout);

        var page = await fixture.OpenAsync(SamplePage, cts.Token);
        await page.EvaluateAsync("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))", cts.Token);

        Assert.Empty(page.Errors);
        Assert.Empty(page.Dialogs);
        Assert.DoesNotContain(page.Console, line => line.StartsWith("warning:", StringComparison.Ordinal));
        output.WriteLine("timings: " + (await page.EvaluateAsync("JSON.stringify(window.paperGraphMap.timings)", cts.Token)).GetString());
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task SamplePage_Drawn_NodeCountMatchesGraphJson()
    {
        using var cts = new CancellationTokenSource(Timeout);
        var counts = fixture.SampleGraphJson().GetProperty("counts");

        var page = await fixture.OpenAsync(SamplePage, cts.Token);
        var drawn = await page.EvaluateAsync("window.paperGraphMap.counts()", cts.Token);

        Assert.Equal(counts.GetProperty("papers").GetInt32() + counts.GetProperty("entities").GetInt32(), drawn.GetProperty("nodes").GetInt32());
        Assert.Equal(counts.GetProperty("papers").GetInt32(), drawn.GetProperty("papers").GetInt32());
        Assert.False(drawn.GetProperty("capped").GetBoolean());
        Assert.InRange(drawn.GetProperty("links").GetInt32(), 1, counts.GetProperty("edges").GetInt32());
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task SamplePage_SearchByAlias_FindsTheEntity()
    {
        using var cts = new CancellationTokenSource(Timeout);
        var (id, name, alias) = EntityKnownByAnotherName(fixture.SampleGraphJson());

        var page = await fixture.OpenAsync(SamplePage, cts.Token);
        var hits = await page.EvaluateAsync($"window.paperGraphMap.search({JsonSerializer.Serialize(alias)})", cts.Token);
        await page.EvaluateAsync("document.getElementById('pg-search').focus()", cts.Token);
        await page.TypeAsync(alias, cts.Token);
        var listed = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#pg-results .pg-hit-name')].map(e => e.textContent)", cts.Token);

        var hit = Assert.Single(hits.EnumerateArray(), h => h.GetProperty("id").GetString() == id);
        Assert.Equal(name, hit.GetProperty("label").GetString());
        Assert.Contains(name, listed);
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task SamplePage_ClickOnNode_ShowsItsPapersInThePanel()
    {
        using var cts = new CancellationTokenSource(Timeout);
        var graph = fixture.SampleGraphJson();
        var id = MostCentralEntity(graph);
        var papers = PapersLinkedTo(graph, id);

        var page = await fixture.OpenAsync(SamplePage, cts.Token);
        var at = await page.EvaluateAsync($"window.paperGraphMap.positionOf({JsonSerializer.Serialize(id)})", cts.Token);
        await page.ClickAsync(at.GetProperty("x").GetDouble(), at.GetProperty("y").GetDouble(), cts.Token);
        await page.WaitForAsync("window.paperGraphMap.selected() !== null", TimeSpan.FromSeconds(10), cts.Token);
        var selected = (await page.EvaluateAsync("window.paperGraphMap.selected()", cts.Token)).GetString();
        var shown = await page.EvaluateAsync<string[]>(
            "[...document.querySelector('#pg-panel section.pg-section').querySelectorAll('[data-node]')].map(e => e.dataset.node)", cts.Token);
        var panelVisible = await page.EvaluateAsync<bool>("!document.getElementById('pg-panel').hidden", cts.Token);
        var bytes = await page.ScreenshotAsync(cts.Token);
        await File.WriteAllBytesAsync(Path.Combine(MapBrowserFixture.ArtifactsFolder, "sample-map-selected.png"), bytes, cts.Token);

        Assert.Equal(id, selected);
        Assert.True(panelVisible);
        Assert.NotEmpty(papers);
        // The panel lists up to 60 papers (newest first) and says how many more there are.
        Assert.Equal(Math.Min(60, papers.Count), shown.Length);
        Assert.All(shown, paper => Assert.Contains(paper, papers));
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task SamplePage_PaperUnticked_HidesEveryPaper()
    {
        using var cts = new CancellationTokenSource(Timeout);
        var counts = fixture.SampleGraphJson().GetProperty("counts");

        var page = await fixture.OpenAsync(SamplePage, cts.Token);
        await page.EvaluateAsync("document.querySelector('#pg-filters input[data-type=\"Paper\"]').click()", cts.Token);
        var visible = await page.EvaluateAsync<int>("window.paperGraphMap.counts().visibleNodes", cts.Token);

        Assert.Equal(counts.GetProperty("entities").GetInt32(), visible);
        Assert.Empty(page.Errors);
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task SamplePage_Screenshot_IsSavedAsTestArtifact()
    {
        using var cts = new CancellationTokenSource(Timeout);
        var file = Path.Combine(MapBrowserFixture.ArtifactsFolder, "sample-map.png");

        var page = await fixture.OpenAsync(SamplePage, cts.Token);
        var bytes = await page.ScreenshotAsync(cts.Token);
        await File.WriteAllBytesAsync(file, bytes, cts.Token);
        output.WriteLine("screenshot: " + file);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));
        Assert.True(bytes.Length > 50_000, $"a {bytes.Length}-byte screenshot is too small to hold the drawn graph");
        await page.CloseAsync();
    }

    /// <summary>The most-cited entity with an alias that is not just a spelling of its name ("LPCVC" for a long name).</summary>
    private static (string Id, string Name, string Alias) EntityKnownByAnotherName(JsonElement graph) =>
        graph.GetProperty("entities").EnumerateArray()
            .SelectMany(e => e.GetProperty("aliases").EnumerateArray().Select(a => (
                Id: e.GetProperty("id").GetString()!, Name: e.GetProperty("name").GetString()!, Alias: a.GetProperty("name").GetString()!,
                Papers: e.GetProperty("paperCount").GetInt32())))
            .Where(x => !Fold(x.Name).Contains(Fold(x.Alias), StringComparison.Ordinal))
            .OrderByDescending(x => x.Papers).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select(x => (x.Id, x.Name, x.Alias))
            .First();

    private static string MostCentralEntity(JsonElement graph) =>
        graph.GetProperty("entities").EnumerateArray()
            .OrderByDescending(e => e.GetProperty("metrics").GetProperty("pagerank").GetDouble())
            .First().GetProperty("id").GetString()!;

    private static List<string> PapersLinkedTo(JsonElement graph, string id)
    {
        var papers = graph.GetProperty("papers").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        return graph.GetProperty("edges").EnumerateArray()
            .Select(e => (Source: e.GetProperty("source").GetString()!, Target: e.GetProperty("target").GetString()!))
            .Where(e => e.Source == id || e.Target == id)
            .Select(e => e.Source == id ? e.Target : e.Source)
            .Where(papers.Contains)
            .Distinct()
            .ToList();
    }

    private static string Fold(string text) => new([.. text.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
}
