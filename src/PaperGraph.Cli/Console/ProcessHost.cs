using System.CommandLine;
using System.CommandLine.Invocation;
using PaperGraph.Cli.Commands;

namespace PaperGraph.Cli.Console;

/// <summary>
/// Runs the command line as the `papergraph` process: with <see cref="Interruption"/> in place of
/// System.CommandLine's signal handling, and the run's outputs noted first (<see cref="RunOutputs"/>)
/// so that an interrupted run can say what it did not finish.
/// </summary>
internal static class ProcessHost
{
    public static int Run(string[] args)
    {
        var parse = CliApp.CreateRoot().Parse(args);
        // CliApp.Run words command-line errors and gives them their exit code.
        if (parse.Errors.Count > 0) return CliApp.Run(args);

        using var interruption = Interruption.Listen(commandTakesToken: parse.Action is AsynchronousCommandLineAction);
        using var outputs = RunOutputs.Watch(parse);
        var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null };
        return parse.InvokeAsync(configuration, interruption.Token).GetAwaiter().GetResult();
    }
}
