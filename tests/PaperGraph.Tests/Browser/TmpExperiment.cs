using PaperGraph.Export;
using PaperGraph.Tests.Neo4j;
using Xunit.Abstractions;
namespace PaperGraph.Tests.Browser;
public sealed class TmpExperiment(ITestOutputHelper output)
{
    [MapBenchFact]
    public async Task Experiment()
    {
        var root = Directory.CreateTempSubdirectory("pg-exp-").FullName;
        var (graph, analysis) = SyntheticGraph.Generate(13_500, seed: 11);
        new HtmlMapWriter().Write(graph, analysis, new OutputFolder(root));
        await using var browser = await HeadlessChromium.StartAsync();
        var page = await browser.OpenPageAsync();
        await page.NavigateAsync(new Uri(Path.Combine(root, "index.html")));
        await page.WaitForAsync("window.paperGraphMap && window.paperGraphMap.ready", TimeSpan.FromMinutes(2));
        const string Frame = "new Promise(d => { const t = performance.now(); CLICK; requestAnimationFrame(() => requestAnimationFrame(() => d(performance.now() - t))); })";
        foreach (var (name, click) in new[] {
            ("hide papers (most edges hidden)", "document.querySelector('#pg-filters input[data-type=\"Paper\"]').click()"),
            ("show papers (all edges)", "document.querySelector('#pg-filters input[data-type=\"Paper\"]').click()"),
            ("hide papers again", "document.querySelector('#pg-filters input[data-type=\"Paper\"]').click()"),
            ("show papers again", "document.querySelector('#pg-filters input[data-type=\"Paper\"]').click()"),
            ("select", "window.paperGraphMap.select('method:method00001')"),
            ("unselect", "window.paperGraphMap.select(null)"),
        })
        {
            var ms = await page.EvaluateAsync<double>(Frame.Replace("CLICK", click));
            output.WriteLine($"{name}: {ms:0} ms");
        }
        Directory.Delete(root, true);
    }
}
