using PaperGraph.Pipeline;
using Spectre.Console;

namespace PaperGraph.Cli.Console;

/// <summary>
/// Shows pipeline progress as a Spectre.Console status line on standard error when it is a
/// terminal; otherwise runs silently so logs and pipes stay clean.
/// </summary>
internal static class SpectreProgress
{
    public static T Run<T>(string title, Func<IProgress<PipelineProgress>, T> work)
    {
        if (System.Console.IsErrorRedirected) return work(new Progress<PipelineProgress>(_ => { }));

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
        T result = default!;
        console.Status().Start(title, context =>
        {
            var started = DateTime.UtcNow;
            result = work(new SynchronousProgress(p =>
            {
                var seconds = Math.Max((DateTime.UtcNow - started).TotalSeconds, 1e-3);
                context.Status($"{title}: {p.Stage}, {p.PapersDone:N0} papers ({p.PapersDone / seconds:N0}/s)");
            }));
        });
        return result;
    }

    /// <summary>Progress&lt;T&gt; posts to a captured context; a console app has none, so report inline.</summary>
    private sealed class SynchronousProgress(Action<PipelineProgress> report) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value) => report(value);
    }
}
