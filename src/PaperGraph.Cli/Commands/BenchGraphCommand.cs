using System.CommandLine;
using System.Globalization;
using PaperGraph.Analytics.Benchmarks;
using PaperGraph.Analytics.Communities;
using PaperGraph.Cli.Console;
using Spectre.Console;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph bench graph</c>: the graph-analytics benchmark of issue 3 (Leiden and PageRank on a
/// 1M-node planted-partition graph, exact betweenness on a 10k-node LFR-style graph). Figures go to
/// standard output as a table; build with -c Release before trusting them.
/// </summary>
internal static class BenchGraphCommand
{
    /// <summary>The verb under <c>bench</c>, beside <c>bench extract</c> and <c>bench build</c>.</summary>
    public static Command Create() => Create("graph");

    /// <summary>
    /// <c>papergraph bench-graph</c>, the verb's former top-level name: left out of the help, kept so
    /// that scripts written for it still run.
    /// </summary>
    public static Command CreateHiddenAlias()
    {
        var command = Create("bench-graph");
        command.Hidden = true;
        return command;
    }

    private static Command Create(string name)
    {
        var nodes = new Option<int>("--nodes", "-n") { Description = "Nodes of the large graph (0 skips it)", DefaultValueFactory = _ => 1_000_000 };
        var lfrNodes = new Option<int>("--lfr-nodes") { Description = "Nodes of the LFR-style graph for exact betweenness (0 skips it)", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<long>("--seed", "-s") { Description = "Seed for the generated graphs and Leiden", DefaultValueFactory = _ => 1 };
        var iterations = new Option<int>("--max-iterations") { Description = "Upper bound on Leiden iterations", DefaultValueFactory = _ => LeidenOptions.Default.MaxIterations };
        var minImprovement = new Option<double>("--min-improvement") { Description = "Leiden stops after an iteration that gains no more than this (0 = until nothing changes)", DefaultValueFactory = _ => LeidenOptions.Default.MinImprovement };

        var command = new Command(name, "Benchmark the graph analytics on generated graphs: time, peak memory, modularity, communities, NMI");
        command.Add(nodes);
        command.Add(lfrNodes);
        command.Add(seed);
        command.Add(iterations);
        command.Add(minImprovement);
        command.SetAction(parse => CommandRunner.Run(CliOutput.Standard, () =>
        {
            GraphBenchmarkOptions options;
            try
            {
                options = new GraphBenchmarkOptions
                {
                    Nodes = parse.GetValue(nodes),
                    LfrNodes = parse.GetValue(lfrNodes),
                    Seed = parse.GetValue(seed),
                    Leiden = new LeidenOptions
                    {
                        Seed = parse.GetValue(seed),
                        MaxIterations = parse.GetValue(iterations),
                        MinImprovement = parse.GetValue(minImprovement),
                    },
                };
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new UserFacingException(e.Message.Split(Environment.NewLine)[0], ExitCodes.Usage);
            }
            var figures = GraphBenchmark.Run(options, new InlineProgress(step => CliOutput.Standard.Info(step)));
            Render(figures);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Render(IReadOnlyList<BenchmarkFigure> figures)
    {
        var table = new Table().AddColumn("graph").AddColumn("measure").AddColumn(new TableColumn("value").RightAligned()).AddColumn("unit");
        foreach (var f in figures)
        {
            var value = f.Unit switch
            {
                "count" => f.Value.ToString("N0", CultureInfo.InvariantCulture),
                "s" or "GB" => f.Value.ToString("F2", CultureInfo.InvariantCulture),
                _ => Math.Abs(f.Value) < 1e-3 && f.Value != 0 ? f.Value.ToString("E2", CultureInfo.InvariantCulture) : f.Value.ToString("F4", CultureInfo.InvariantCulture),
            };
            table.AddRow(f.Graph, f.Measure, value, f.Unit == "count" ? "" : f.Unit);
        }
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}");
    }

    /// <summary>Reports on the calling thread: a console app has no synchronisation context for Progress&lt;T&gt;.</summary>
    private sealed class InlineProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
