namespace PaperGraph.Tests.Reliability.Support;

/// <summary>What the proxy does to a request instead of forwarding it at once.</summary>
internal abstract record ProxyFault
{
    private ProxyFault() { }

    /// <summary>Answers nothing for a while, then drops the connection; the server never sees the request.</summary>
    public sealed record Hang(TimeSpan For) : ProxyFault;

    /// <summary>Forwards the request after a delay.</summary>
    public sealed record Slow(TimeSpan By) : ProxyFault;

    /// <summary>Answers as Neo4j does when a statement fails (HTTP 200, the error in "errors"); the server never sees it.</summary>
    public sealed record Neo4jError(string Code, string Message) : ProxyFault;
}
