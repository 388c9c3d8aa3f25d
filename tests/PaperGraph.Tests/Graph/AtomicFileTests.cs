using PaperGraph.Graph;

namespace PaperGraph.Tests.Graph;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("papergraph-atomic-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Write_WriterThrowsHalfway_LeavesThePreviousFileAndNoTemporaryFile()
    {
        var path = Path.Combine(folder, "graph.json");
        File.WriteAllText(path, "previous complete content");

        var error = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(new byte[100_000]);
            throw new InvalidOperationException("interrupted");
        }));

        Assert.Equal("interrupted", error.Message);
        Assert.Equal("previous complete content", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void Write_Cancelled_LeavesNoFileWhereThereWasNone()
    {
        var path = Path.Combine(folder, "out.csv");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => AtomicFile.Write(path, stream =>
        {
            stream.WriteByte(1);
            cancelled.Token.ThrowIfCancellationRequested();
        }));

        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void Write_Succeeds_ReplacesTheFileWhole()
    {
        var path = Path.Combine(folder, "graph.json");
        File.WriteAllText(path, "a much longer previous content than the new one");

        AtomicFile.Write(path, stream => stream.Write("new"u8));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void Write_FolderMissing_CreatesIt()
    {
        var path = Path.Combine(folder, "a", "b", "graph.graphml");

        AtomicFile.Write(path, stream => stream.Write("<graphml/>"u8));

        Assert.True(File.Exists(path));
    }
}
