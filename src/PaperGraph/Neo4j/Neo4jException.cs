namespace PaperGraph.Neo4j;

/// <summary>
/// A failure reported by or about the Neo4j server. The message is built here from the URL,
/// Neo4j's code and Neo4j's message only, never from the request, so it cannot carry the password.
/// </summary>
public sealed class Neo4jException : Exception
{
    public Neo4jException(Neo4jFailure failure, string message, string? code = null, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        Code = code;
    }

    public Neo4jFailure Failure { get; }

    /// <summary>Neo4j's status code ("Neo.ClientError.Statement.SyntaxError") when the server gave one.</summary>
    public string? Code { get; }

    /// <summary>A Neo.TransientError.*: the statement may succeed when tried again.</summary>
    public bool IsTransient => Code?.StartsWith("Neo.TransientError.", StringComparison.Ordinal) == true;
}
