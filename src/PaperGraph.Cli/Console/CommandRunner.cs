using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Console;

/// <summary>
/// Runs a command body and turns the failures users can meet into one clear line and a
/// documented exit code. Anything else is a bug: said as such, with the stack trace only
/// when PAPERGRAPH_DEBUG=1.
/// </summary>
internal static class CommandRunner
{
    public static int Run(CliOutput output, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (BadInputException e)
        {
            output.Error(e.Issue + " (--strict stops at the first bad record)");
            return ExitCodes.InputError;
        }
        catch (OperationCanceledException)
        {
            output.Error("interrupted before the run finished: " + RunOutputs.DescribeUnknown() + "; run the same command again to finish");
            return ExitCodes.Interrupted;
        }
        catch (UserFacingException e)
        {
            output.Error(OneLine(e.Message));
            return e.ExitCode;
        }
        catch (IOException e)
        {
            output.Error(OneLine(e.Message));
            return ExitCodes.Failure;
        }
        catch (UnauthorizedAccessException e)
        {
            output.Error(OneLine(e.Message));
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            var debug = Environment.GetEnvironmentVariable("PAPERGRAPH_DEBUG") == "1";
            output.Error($"internal error ({e.GetType().Name}): {OneLine(e.Message)}" + (debug ? Environment.NewLine + e : " (set PAPERGRAPH_DEBUG=1 for details)"));
            return ExitCodes.Failure;
        }
    }

    /// <summary>An exception message can quote input over several lines; the error stays one line.</summary>
    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

/// <summary>A failure with a message meant for the user and its exit code.</summary>
internal sealed class UserFacingException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
