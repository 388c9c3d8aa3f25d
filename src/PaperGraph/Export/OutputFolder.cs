using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// The folder a build writes to. Every write is atomic (a temporary file renamed over the target),
/// so an interrupted run leaves each file as it was before or complete, never half-written.
/// </summary>
public sealed class OutputFolder
{
    /// <summary>UTF-8 without a byte order mark: neo4j-admin would read a BOM as part of the first header.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public OutputFolder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    public string Path { get; }

    public string PathOf(string relativeName) => System.IO.Path.Combine(Path, relativeName);

    /// <summary>A folder inside this one (created on first write).</summary>
    public OutputFolder Sub(string name) => new(PathOf(name));

    public void Write(string relativeName, Action<Stream> write) => AtomicFile.Write(PathOf(relativeName), write);

    /// <summary>Writes text as UTF-8 without BOM, with "\n" line ends whatever the platform.</summary>
    public void WriteText(string relativeName, Action<TextWriter> write) => Write(relativeName, stream =>
    {
        using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
        write(writer);
        writer.Flush();
    });
}
