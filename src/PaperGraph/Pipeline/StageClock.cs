using System.Diagnostics;

namespace PaperGraph.Pipeline;

/// <summary>Times the stages of a run one after another: wall clock, process CPU, bytes allocated, managed heap at the end.</summary>
internal sealed class StageClock
{
    private readonly List<StageTiming> stages = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan cpu = ProcessCpu();
    private long allocated = GC.GetTotalAllocatedBytes(precise: true);

    public IReadOnlyList<StageTiming> Stages => stages;

    public void End(string stage)
    {
        var now = ProcessCpu();
        var total = GC.GetTotalAllocatedBytes(precise: true);
        stages.Add(new StageTiming(stage, clock.Elapsed)
        {
            Cpu = now - cpu,
            AllocatedBytes = total - allocated,
            HeapBytes = GC.GetTotalMemory(forceFullCollection: false),
        });
        cpu = now;
        allocated = total;
        clock.Restart();
    }

    private static TimeSpan ProcessCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
