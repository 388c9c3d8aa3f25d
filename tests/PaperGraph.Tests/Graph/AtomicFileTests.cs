using System.IO.Pipes;
using System.Text;
using PaperGraph.Graph;
using PaperGraph.Tests.Support;

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

    [LinuxFact]
    public void Write_TargetIsTheNullDevice_WritesIntoItAndTheDeviceStays()
    {
        var device = SpecialFiles.NullDevice(folder);

        AtomicFile.Write(device, stream => stream.Write(new byte[100_000]));

        Assert.Equal(SpecialFiles.CharacterDevice, SpecialFiles.TypeOf(device));
        Assert.DoesNotContain(Directory.GetFiles(folder), f => f != device);
    }

    [LinuxFact]
    public void Write_TargetIsAFifo_StreamsIntoItAndTheFifoStays()
    {
        var fifo = SpecialFiles.MakeFifo(Path.Combine(folder, "out.fifo"));
        using var reader = SpecialFiles.StartReader(fifo);

        var writing = Task.Run(() => AtomicFile.Write(fifo, stream => stream.Write("line 1\nline 2\n"u8)));

        Assert.True(reader.WaitForEnd(TimeSpan.FromSeconds(20)), "the reader of the FIFO never saw the writer close it");
        Assert.True(writing.Wait(TimeSpan.FromSeconds(20)));
        Assert.Equal("line 1\nline 2\n", reader.Received.Result);
        Assert.Equal(SpecialFiles.Fifo, SpecialFiles.TypeOf(fifo));
        Assert.Equal([fifo], Directory.GetFileSystemEntries(folder));
    }

    [LinuxFact]
    public void Write_TargetIsAPipeNamedDevFd_StreamsIntoThePipe()
    {
        // What `--out >(gzip > x.gz)` hands the program: /dev/fd/N, the write end of a pipe.
        using var pipe = new AnonymousPipeServerStream(PipeDirection.In);
        var path = "/dev/fd/" + pipe.ClientSafePipeHandle.DangerousGetHandle();

        AtomicFile.Write(path, stream => stream.Write("through the pipe"u8));
        pipe.DisposeLocalCopyOfClientHandle();

        using var text = new StreamReader(pipe, Encoding.UTF8);
        Assert.Equal("through the pipe", text.ReadToEnd());
    }

    [LinuxFact]
    public void Write_TargetIsASocket_FailsAndTheSocketStays()
    {
        var path = Path.Combine(folder, "server.sock");
        using var socket = SpecialFiles.BindSocket(path);

        var error = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream => stream.Write("data"u8)));

        Assert.Contains(path, error.Message);
        Assert.Equal(SpecialFiles.Socket, SpecialFiles.TypeOf(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(folder));
    }

    [LinuxFact]
    public void Write_TargetIsASymbolicLinkToAFile_ReplacesTheFileAtomicallyAndTheLinkStays()
    {
        var real = Path.Combine(folder, "builds", "graph.json");
        Directory.CreateDirectory(Path.GetDirectoryName(real)!);
        File.WriteAllText(real, "old");
        var link = Path.Combine(folder, "latest.json");
        File.CreateSymbolicLink(link, Path.Combine("builds", "graph.json"));

        AtomicFile.Write(link, stream => stream.Write("new"u8));

        Assert.Equal(SpecialFiles.SymbolicLink, SpecialFiles.TypeOf(link));
        Assert.Equal(Path.Combine("builds", "graph.json"), new FileInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(real));
        Assert.Equal([real], Directory.GetFiles(Path.GetDirectoryName(real)!));
    }

    [LinuxFact]
    public void Write_TargetIsASymbolicLinkToAFifo_StreamsIntoTheFifoAndBothStay()
    {
        var fifo = SpecialFiles.MakeFifo(Path.Combine(folder, "out.fifo"));
        var link = Path.Combine(folder, "out.jsonl");
        File.CreateSymbolicLink(link, fifo);
        using var reader = SpecialFiles.StartReader(fifo);

        var writing = Task.Run(() => AtomicFile.Write(link, stream => stream.Write("via the link"u8)));

        Assert.True(reader.WaitForEnd(TimeSpan.FromSeconds(20)), "the reader of the FIFO never saw the writer close it");
        Assert.True(writing.Wait(TimeSpan.FromSeconds(20)));
        Assert.Equal("via the link", reader.Received.Result);
        Assert.Equal(SpecialFiles.SymbolicLink, SpecialFiles.TypeOf(link));
        Assert.Equal(SpecialFiles.Fifo, SpecialFiles.TypeOf(fifo));
    }

    [Fact]
    public void Write_TargetIsAFolder_FailsNamingItAndLeavesIt()
    {
        var path = Path.Combine(folder, "out");
        Directory.CreateDirectory(path);

        var error = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream => stream.Write("data"u8)));

        Assert.Contains(path, error.Message);
        Assert.True(Directory.Exists(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(folder));
    }
}
