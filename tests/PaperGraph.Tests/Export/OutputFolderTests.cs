using PaperGraph.Export;

namespace PaperGraph.Tests.Export;

public sealed class OutputFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("papergraph-out-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void WriteText_Text_IsUtf8WithoutBomAndUnixLineEnds()
    {
        var folder = new OutputFolder(root).Sub("csv");

        folder.WriteText("a.csv", w => { w.WriteLine("é,\"x\""); w.WriteLine("2"); });

        Assert.Equal("é,\"x\"\n2\n"u8.ToArray(), File.ReadAllBytes(Path.Combine(root, "csv", "a.csv")));
    }

    [Fact]
    public void WriteText_WriterFails_KeepsThePreviousFile()
    {
        var folder = new OutputFolder(root);
        folder.WriteText("graph.graphml", w => w.Write("old"));

        Assert.Throws<IOException>(() => folder.WriteText("graph.graphml", w =>
        {
            w.Write(new string('x', 200_000));
            throw new IOException("disk full");
        }));

        Assert.Equal("old", File.ReadAllText(folder.PathOf("graph.graphml")));
        Assert.Single(Directory.GetFiles(root));
    }
}
