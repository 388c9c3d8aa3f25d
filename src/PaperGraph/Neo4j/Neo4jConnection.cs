namespace PaperGraph.Neo4j;

/// <summary>
/// Where and as whom to connect. <see cref="ToString"/> leaves the password out, so a connection
/// can be logged or shown in a message without leaking it.
/// </summary>
public sealed record Neo4jConnection(Uri Url, string User, string Password)
{
    /// <summary>The database to load into on Neo4j 4.0+; Neo4j 3.x has a single database and accepts only the default.</summary>
    public string Database { get; init; } = DefaultDatabase;

    /// <summary>How long one HTTP request may take before the load fails as unreachable.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Retries of a transient failure (Neo.TransientError.*, a refused or dropped connection).</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>The first retry delay; later ones grow exponentially with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public const string DefaultDatabase = "neo4j";

    public override string ToString() => $"{User}@{Url} (database {Database})";
}
