namespace PaperGraph.Tests.Reliability.Support;

/// <summary>One request the proxy received: its number, what it was, when, and the fault it was given.</summary>
internal sealed record ProxiedRequest(int Number, string Method, string Path, string Body, TimeSpan At)
{
    public ProxyFault? Fault { get; init; }

    /// <summary>A POST to a transaction endpoint that is not the loader's dbms.components() probe.</summary>
    public bool IsCommit => Method == "POST" && Path.Contains("/commit", StringComparison.Ordinal) && !Body.Contains("dbms.components", StringComparison.Ordinal);
}
