using System.IO.Compression;
using System.Text;

namespace PaperGraph.Tests.Reliability.Support;

/// <summary>
/// good-before.jsonl, a 100 MB line (a paper whose abstract repeats one sentence), good-after.jsonl: as
/// huge.jsonl and huge.jsonl.gz, written once for a test class and deleted after it.
/// </summary>
public sealed class HugeRecordFiles : IDisposable
{
    private const int TargetBytes = 100 * 1024 * 1024;

    public HugeRecordFiles()
    {
        Folder = Directory.CreateTempSubdirectory("papergraph-huge-").FullName;
        var sentence = Encoding.UTF8.GetBytes("We propose HugeNet and evaluate it on ImageNet with 84.2% top-1 accuracy and FID 3.1 on CIFAR-10. ");
        var open = Encoding.UTF8.GetBytes("{\"title\": \"huge\", \"abstract\": \"");
        var close = Encoding.UTF8.GetBytes("\"}\n");
        var block = new byte[sentence.Length * 1024];
        for (var i = 0; i < 1024; i++) sentence.CopyTo(block, i * sentence.Length);
        var blocks = TargetBytes / block.Length + 1;
        LineBytes = open.Length + (long)blocks * block.Length + close.Length - 1;

        using var plain = File.Create(PathOf("huge.jsonl"));
        using var gzip = new GZipStream(File.Create(PathOf("huge.jsonl.gz")), CompressionLevel.Fastest);
        foreach (var target in new Stream[] { plain, gzip })
        {
            target.Write(File.ReadAllBytes(ReliabilityCorpus.PathOf("good-before.jsonl")));
            target.Write(open);
            for (var i = 0; i < blocks; i++) target.Write(block);
            target.Write(close);
            target.Write(File.ReadAllBytes(ReliabilityCorpus.PathOf("good-after.jsonl")));
        }
    }

    public string Folder { get; }

    /// <summary>The length of the huge line, in bytes, without its line break.</summary>
    public long LineBytes { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
