namespace PaperGraph.Cli.Console;

/// <summary>Process exit codes, documented in README.md ("Exit codes"). Stable: scripts depend on them.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>An unexpected failure: a bug. The message says so; no stack trace unless PAPERGRAPH_DEBUG=1.</summary>
    public const int Failure = 1;
    /// <summary>The command line is wrong (unknown option, missing argument, bad value).</summary>
    public const int Usage = 2;
    /// <summary>An input could not be read at all (missing file, wrong format), or a bad record under --strict.</summary>
    public const int InputError = 3;
    /// <summary>A --from folder is missing, stale or not a PaperGraph output; or a name/id asked for does not exist.</summary>
    public const int NotFound = 5;
    /// <summary>A server could not be reached (connection refused, timeout, DNS), or what answered is not Neo4j.</summary>
    public const int Unreachable = 6;
    /// <summary>The server refused the credentials.</summary>
    public const int AuthFailed = 7;
    /// <summary>The server reached but rejected a statement (Neo4j error code and message printed).</summary>
    public const int ServerError = 8;
    /// <summary>Interrupted by SIGINT/SIGTERM; outputs already written are intact.</summary>
    public const int Interrupted = 130;
}
