namespace PaperGraph.Cli.Console;

/// <summary>Runs an action when disposed: ends a setting made for the length of a <c>using</c> block.</summary>
internal sealed class Scope(Action end) : IDisposable
{
    public void Dispose() => end();
}
