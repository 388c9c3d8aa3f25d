namespace PaperGraph.Neo4j;

/// <summary>Why talking to Neo4j failed; the CLI maps each to a documented exit code.</summary>
public enum Neo4jFailure
{
    /// <summary>No answer, or not from Neo4j: connection refused, timeout, DNS, or a server at the URL that is not Neo4j.</summary>
    Unreachable,
    /// <summary>The server refused the credentials.</summary>
    AuthFailed,
    /// <summary>The database asked for does not exist on the server.</summary>
    DatabaseNotFound,
    /// <summary>The server rejected a statement; <see cref="Neo4jException.Code"/> holds Neo4j's code.</summary>
    ServerError,
}
