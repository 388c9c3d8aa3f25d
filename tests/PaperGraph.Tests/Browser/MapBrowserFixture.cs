using System.Text.Json;
using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Browser;

/// <summary>
/// Shared by the map's browser tests: the sample pages built once with the real pipeline (so
/// index.html sits beside the graph.json it must agree with), and one Chromium started on first use.
/// </summary>
public sealed class MapBrowserFixture : IDisposable
{
    private readonly Lazy<string> sampleOutput = new(BuildSamples);
    private readonly SemaphoreSlim starting = new(1, 1);
    private HeadlessChromium? browser;

    /// <summary>Where screenshots are kept after the run: TestResults/map under the test output folder.</summary>
    public static string ArtifactsFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "map")).FullName;

    public string SampleOutput => sampleOutput.Value;

    public JsonElement SampleGraphJson()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(SampleOutput, "graph.json")));
        return document.RootElement.Clone();
    }

    internal async Task<ChromiumPage> OpenAsync(string htmlFile, CancellationToken ct)
    {
        await starting.WaitAsync(ct);
        try
        {
            browser ??= await HeadlessChromium.StartAsync(ct);
        }
        finally
        {
            starting.Release();
        }
        var page = await browser.OpenPageAsync(ct);
        await page.NavigateAsync(new Uri(htmlFile), ct);
        await page.WaitForAsync("window.paperGraphMap && window.paperGraphMap.ready", TimeSpan.FromSeconds(60), ct);
        return page;
    }

    private static string BuildSamples()
    {
        var output = Directory.CreateTempSubdirectory("papergraph-map-sample-").FullName;
        new PaperPipeline().Build([Path.Combine(SharedData.RepositoryRoot, "samples")], output);
        return output;
    }

    public void Dispose()
    {
        browser?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        browser = null;
        if (sampleOutput.IsValueCreated) Directory.Delete(sampleOutput.Value, recursive: true);
        starting.Dispose();
    }
}
