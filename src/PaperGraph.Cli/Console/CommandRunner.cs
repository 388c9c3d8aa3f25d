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
            output.Error("interrupted; files written before the interruption are complete, the file being written was left as it was");
            return ExitCodes.Interrupted;
        }
        catch (UserFacingException e)
        {
            output.Error(e.Message);
            return e.ExitCode;
        }
        catch (IOException e)
        {
            output.Error(e.Message);
            return ExitCodes.Failure;
        }
        catch (UnauthorizedAccessException e)
        {
            output.Error(e.Message);
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            var debug = Environment.GetEnvironmentVariable("PAPERGRAPH_DEBUG") == "1";
            output.Error($"internal error ({e.GetType().Name}): {e.Message}" + (debug ? Environment.NewLine + e : " (set PAPERGRAPH_DEBUG=1 for details)"));
            return ExitCodes.Failure;
        }
    }
}

/// <summary>A failure with a message meant for the user and its exit code.</summary>
internal sealed class UserFacingException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
