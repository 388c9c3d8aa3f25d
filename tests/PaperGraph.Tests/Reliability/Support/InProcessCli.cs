using PaperGraph.Cli.Commands;
using PaperGraph.Cli.Console;

namespace PaperGraph.Tests.Reliability.Support;

/// <summary>
/// The real command line run in this process: parsing, the command, error mapping and exit code, with what
/// the command says on standard error captured for this run only (tests run side by side).
/// </summary>
internal static class InProcessCli
{
    public static CliRun Run(params string[] args)
    {
        var error = new StringWriter();
        int exit;
        using (CliOutput.RedirectTo(error))
        {
            exit = CliApp.Run(args, error);
        }
        return new CliRun(exit, error.ToString());
    }
}
