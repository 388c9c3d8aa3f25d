namespace PaperGraph.Tests.Browser;

/// <summary>
/// The map's time-to-interactive measurement: run by hand with PAPERGRAPH_MAP_BENCH=1 (docs/map.md),
/// skipped otherwise. It prints figures; it asserts what the page shows, never how fast it was.
/// </summary>
public sealed class MapBenchFactAttribute : FactAttribute
{
    public const string Variable = "PAPERGRAPH_MAP_BENCH";

    public MapBenchFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1") Skip = $"a benchmark: set {Variable}=1 to run it";
        else if (!HeadlessChromium.Installed) Skip = $"{HeadlessChromium.ExecutablePath} is not installed";
    }
}
