using PaperGraph.Neo4j;

namespace PaperGraph.Tests.Neo4j;

/// <summary>The server that scripts/neo4j-test-server.sh started, as its printed environment variables describe it.</summary>
internal static class Neo4jTestServer
{
    public static string? Url => Environment.GetEnvironmentVariable("NEO4J_TEST_URL") is { Length: > 0 } url ? url : null;

    public static string User => Environment.GetEnvironmentVariable("NEO4J_TEST_USER") is { Length: > 0 } u ? u : "neo4j";

    public static string Password => Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when the tests should run: a server is configured, or this is CI (where they then fail).</summary>
    public static string? SkipReason => Url is null && !InCi
        ? "no Neo4j test server: run `eval \"$(scripts/neo4j-test-server.sh start)\"` to set NEO4J_TEST_URL"
        : null;

    public static Neo4jConnection Connection(TimeSpan? timeout = null) =>
        new(new Uri(Url ?? throw new InvalidOperationException(
                "NEO4J_TEST_URL is not set, and CI=true: the Neo4j test server must run in CI (scripts/neo4j-test-server.sh start)")),
            User, Password)
        {
            RequestTimeout = timeout ?? TimeSpan.FromMinutes(2),
            MaxRetries = 3,
            RetryDelay = TimeSpan.FromMilliseconds(200),
        };
}
