using PaperGraph.Analytics.IO;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Analytics.IO;

/// <summary>The analytics twin of Graph.AtomicFile: whole-or-nothing files, and special files left in place.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("papergraph-analytics-atomic-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void WriteText_WriterThrows_LeavesThePreviousFileAndNoTemporaryFile()
    {
        var path = Path.Combine(folder, "nodes.tsv");
        File.WriteAllText(path, "previous");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteText(path, writer =>
        {
            writer.Write(new string('x', 100_000));
            throw new InvalidOperationException("interrupted");
        }));

        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [LinuxFact]
    public void WriteText_TargetIsTheNullDevice_WritesIntoItAndTheDeviceStays()
    {
        var device = SpecialFiles.NullDevice(folder);

        AtomicFile.WriteText(device, writer => writer.WriteLine("node\tpagerank"));

        Assert.Equal(SpecialFiles.CharacterDevice, SpecialFiles.TypeOf(device));
        Assert.DoesNotContain(Directory.GetFiles(folder), f => f != device);
    }

    [LinuxFact]
    public void WriteText_TargetIsAFifo_StreamsIntoItAndTheFifoStays()
    {
        var fifo = SpecialFiles.MakeFifo(Path.Combine(folder, "nodes.fifo"));
        using var reader = SpecialFiles.StartReader(fifo);

        var writing = Task.Run(() => AtomicFile.WriteText(fifo, writer => writer.WriteLine("a\t0.5")));

        Assert.True(reader.WaitForEnd(TimeSpan.FromSeconds(20)), "the reader of the FIFO never saw the writer close it");
        Assert.True(writing.Wait(TimeSpan.FromSeconds(20)));
        Assert.Equal("a\t0.5\n", reader.Received.Result);
        Assert.Equal(SpecialFiles.Fifo, SpecialFiles.TypeOf(fifo));
        Assert.Equal([fifo], Directory.GetFileSystemEntries(folder));
    }

    [LinuxFact]
    public void WriteText_TargetIsASymbolicLinkToAFile_ReplacesTheFileAndTheLinkStays()
    {
        var real = Path.Combine(folder, "summary.json");
        File.WriteAllText(real, "old");
        var link = Path.Combine(folder, "latest.json");
        File.CreateSymbolicLink(link, "summary.json");

        AtomicFile.WriteText(link, writer => writer.Write("new"));

        Assert.Equal(SpecialFiles.SymbolicLink, SpecialFiles.TypeOf(link));
        Assert.Equal("summary.json", new FileInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(real));
        Assert.Equal([link, real], Directory.GetFileSystemEntries(folder).Order(StringComparer.Ordinal));
    }
}
