using System.Diagnostics;
using PaperGraph.Analytics.Centrality;
using PaperGraph.Analytics.Communities;
using PaperGraph.Analytics.Generators;

namespace PaperGraph.Analytics.Benchmarks;

/// <summary>
/// The analytics benchmark of issue 3: generates the planted-partition graphs with a fixed seed, runs
/// Leiden, PageRank and exact betweenness (alone, and with harmonic closeness from the same sweeps, as
/// the build computes them) on them, and returns time, memory and quality figures.
/// Memory is the process's peak working set so far and the GC heap after the step (a peak cannot be
/// reset, so each figure is "peak up to the end of this step"). CPU time is reported beside wall time:
/// on a shared machine it shows how much work a step was, whatever else was running.
/// </summary>
public static class GraphBenchmark
{
    public static IReadOnlyList<BenchmarkFigure> Run(GraphBenchmarkOptions options, IProgress<string>? progress = null)
    {
        var figures = new List<BenchmarkFigure>();
        if (options.Nodes > 0) RunLarge(options, figures, progress);
        if (options.LfrNodes > 0) RunLfr(options, figures, progress);
        return figures;
    }

    private static void RunLarge(GraphBenchmarkOptions options, List<BenchmarkFigure> figures, IProgress<string>? progress)
    {
        var name = $"planted {options.Nodes:N0}";
        progress?.Report($"{name}: generating");
        var planted = Measure(figures, name, "generate", () => PlantedPartitionGenerator.Generate(options.LargeGraph));
        Describe(figures, name, planted);

        progress?.Report($"{name}: Leiden");
        var leiden = Measure(figures, name, "leiden", () => Leiden.Run(planted.Graph, options.Leiden));
        Quality(figures, name, planted, leiden);

        progress?.Report($"{name}: PageRank");
        var pageRank = Measure(figures, name, "pagerank",
            () => PageRank.Compute(planted.Graph, new PageRankOptions { Tolerance = options.PageRankTolerance }));
        figures.Add(new BenchmarkFigure(name, "pagerank iterations", pageRank.Iterations, "count"));
        figures.Add(new BenchmarkFigure(name, "pagerank final L1 change", pageRank.FinalChange, ""));
    }

    private static void RunLfr(GraphBenchmarkOptions options, List<BenchmarkFigure> figures, IProgress<string>? progress)
    {
        var name = $"LFR {options.LfrNodes:N0}";
        progress?.Report($"{name}: generating");
        var planted = Measure(figures, name, "generate", () => PlantedPartitionGenerator.Generate(options.LfrGraph));
        Describe(figures, name, planted);

        progress?.Report($"{name}: exact betweenness");
        var exact = PathCentralityOptions.Default with { ExactNodeLimit = int.MaxValue };
        Measure(figures, name, "betweenness (exact)", () => Betweenness.Compute(planted.Graph, exact));
        progress?.Report($"{name}: exact betweenness and closeness");
        Measure(figures, name, "betweenness+closeness", () => PathCentrality.Compute(planted.Graph, exact));

        progress?.Report($"{name}: Leiden");
        var leiden = Measure(figures, name, "leiden", () => Leiden.Run(planted.Graph, options.Leiden));
        Quality(figures, name, planted, leiden);
    }

    private static void Describe(List<BenchmarkFigure> figures, string name, PlantedGraph planted)
    {
        figures.Add(new BenchmarkFigure(name, "nodes", planted.Graph.NodeCount, "count"));
        figures.Add(new BenchmarkFigure(name, "edges", planted.Graph.EdgeCount, "count"));
        figures.Add(new BenchmarkFigure(name, "total edge weight", planted.Graph.TotalWeight, "count"));
        figures.Add(new BenchmarkFigure(name, "planted communities", planted.CommunityCount, "count"));
        figures.Add(new BenchmarkFigure(name, "planted modularity", Modularity.Compute(planted.Graph, planted.Communities), ""));
    }

    private static void Quality(List<BenchmarkFigure> figures, string name, PlantedGraph planted, LeidenResult leiden)
    {
        figures.Add(new BenchmarkFigure(name, "leiden modularity", Modularity.Compute(planted.Graph, leiden.Membership), ""));
        figures.Add(new BenchmarkFigure(name, "leiden communities", leiden.CommunityCount, "count"));
        figures.Add(new BenchmarkFigure(name, "leiden iterations", leiden.Iterations, "count"));
        figures.Add(new BenchmarkFigure(name, "leiden NMI vs planted", NormalizedMutualInformation.Compute(planted.Communities, leiden.Membership), ""));
    }

    private static T Measure<T>(List<BenchmarkFigure> figures, string graph, string step, Func<T> run)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = run();
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        figures.Add(new BenchmarkFigure(graph, $"{step} time", seconds, "s"));
        figures.Add(new BenchmarkFigure(graph, $"{step} CPU time (all threads)", (process.TotalProcessorTime - cpuBefore).TotalSeconds, "s"));
        figures.Add(new BenchmarkFigure(graph, $"peak working set after {step}", process.PeakWorkingSet64 / 1e9, "GB"));
        figures.Add(new BenchmarkFigure(graph, $"GC heap after {step}", GC.GetGCMemoryInfo().HeapSizeBytes / 1e9, "GB"));
        return result;
    }
}
