using System.CommandLine;
using System.Diagnostics;
using PaperGraph.Cli.Console;
using PaperGraph.Extraction;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// `papergraph bench`: measures throughput and peak memory of the real pipeline on real input
/// and prints the figures (docs/performance.md quotes them). Speed is measured here, never in tests.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure speed and peak memory: extract, build, graph algorithms");
        command.Add(CreateExtract());
        command.Add(CreateBuild());
        command.Add(BenchGraphCommand.Create());
        return command;
    }

    private static Command CreateExtract()
    {
        var inputs = new InputOptions();
        var repeat = new Option<int>("--repeat") { Description = "Runs to time (the first also warms up the JIT)", DefaultValueFactory = _ => 3 };
        var command = new Command("extract", "Read and extract the inputs without writing; print abstracts/s and peak memory");
        inputs.AddTo(command);
        command.Add(repeat);
        command.SetAction((parse, ct) => Task.FromResult(CommandRunner.Run(CliOutput.Standard, () =>
        {
            var pipeline = new PaperPipeline(Extractor.Default, inputs.ToPipelineOptions(parse));
            var runs = Math.Max(1, parse.GetValue(repeat));
            for (var run = 1; run <= runs; run++)
            {
                var counters = new InputCounters();
                var clock = Stopwatch.StartNew();
                long entities = 0, results = 0;
                foreach (var extraction in pipeline.Extract(inputs.GetInputs(parse), counters, null, ExtractCommand.StandardInput, ct))
                {
                    entities += extraction.Entities.Count;
                    results += extraction.Results.Count;
                }
                clock.Stop();
                Print($"extract run {run}/{runs}", counters.PapersRead, clock.Elapsed,
                    $"threads {pipeline.Options.Parallelism}, {entities:N0} entities, {results:N0} results, {counters.RecordsSkipped:N0} skipped");
            }
            return ExitCodes.Ok;
        })));
        return command;
    }

    private static Command CreateBuild()
    {
        var inputs = new InputOptions();
        var output = new Option<string>("--out", "-o") { Description = "Output folder", Required = true }.MustBeFolder();
        var command = new Command("build", "Run a full build and print time per stage and peak memory");
        inputs.AddTo(command);
        command.Add(output);
        command.SetAction((parse, ct) => Task.FromResult(CommandRunner.Run(CliOutput.Standard, () =>
        {
            var pipeline = new PaperPipeline(Extractor.Default, inputs.ToPipelineOptions(parse));
            var clock = Stopwatch.StartNew();
            var report = pipeline.Build(inputs.GetInputs(parse), parse.GetValue(output)!, null, null, ExtractCommand.StandardInput, ct);
            clock.Stop();
            Print("build", report.Papers, clock.Elapsed,
                $"{report.Entities:N0} entities, {report.Edges:N0} edges, {report.Communities:N0} communities");
            foreach (var stage in report.Stages)
            {
                // Per-stage allocation is exact under workstation GC only (DOTNET_gcServer=0); server GC's count drifts between threads.
                var allocated = System.Runtime.GCSettings.IsServerGC ? "" : $"allocated {stage.AllocatedBytes / 1048576.0,7:N0} MiB   ";
                System.Console.WriteLine($"  {stage.Stage,-16} {stage.Elapsed.TotalSeconds,8:F2} s   CPU {stage.Cpu.TotalSeconds,7:F2} s   " +
                    $"{allocated}heap after {stage.HeapBytes / 1048576.0,7:N0} MiB");
            }
            return ExitCodes.Ok;
        })));
        return command;
    }

    /// <summary>
    /// One line of figures. CPU time (all threads, since the process started) and the load average are
    /// printed beside the wall time: on a shared machine wall time says as much about the neighbours.
    /// </summary>
    private static void Print(string what, long papers, TimeSpan elapsed, string detail)
    {
        using var self = Process.GetCurrentProcess();
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        System.Console.WriteLine(
            $"{what}: {papers:N0} papers in {seconds:F2} s = {papers / seconds:N0} abstracts/s; " +
            $"process CPU {self.TotalProcessorTime.TotalSeconds:F1} s; " +
            $"peak working set {self.PeakWorkingSet64 / 1048576.0:N0} MiB; " +
            $"allocated {GC.GetTotalAllocatedBytes() / 1048576.0:N0} MiB; gen2 GCs {GC.CollectionCount(2)}; {detail}");
        System.Console.WriteLine(
            $"  machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}, " +
            $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, tiered compilation {TieredCompilation()}");
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string TieredCompilation() =>
        Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") == "0"
        || (AppContext.TryGetSwitch("System.Runtime.TieredCompilation", out var on) && !on) ? "off" : "on";
}
