namespace PaperGraph.Graph;

/// <summary>
/// graph.json is missing, truncated, corrupt, from another program or from another schema version.
/// The message is one line meant for the user, naming the file and what is wrong with it.
/// </summary>
public sealed class GraphFileException : Exception
{
    public GraphFileException(string path, string message)
        : base(message)
    {
        Path = path;
    }

    public GraphFileException(string path, string message, Exception inner)
        : base(message, inner)
    {
        Path = path;
    }

    /// <summary>The file that could not be opened.</summary>
    public string Path { get; }
}
