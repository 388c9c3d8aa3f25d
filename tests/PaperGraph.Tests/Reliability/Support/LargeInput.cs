using System.Text;
using System.Text.Json;
using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Reliability.Support;

/// <summary>
/// A JSON-lines input large enough that a build is still extracting seconds after it starts: the papers of
/// the sample pages shipped in samples/, each many times over with its own title. Written once for a test
/// class and deleted after it.
/// </summary>
public sealed class LargeInput : IDisposable
{
    public const int Papers = 50_000;

    public LargeInput()
    {
        Folder = Directory.CreateTempSubdirectory("papergraph-large-").FullName;
        File = Path.Combine(Folder, "large.jsonl");
        var samples = PaperSources.Read([Path.Combine(SharedData.RepositoryRoot, "samples")])
            .OfType<ReadOutcome.Read>().Select(r => r.Paper).ToList();
        using var writer = new StreamWriter(File, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        for (var i = 0; i < Papers; i++)
        {
            var paper = samples[i % samples.Count];
            writer.WriteLine(JsonSerializer.Serialize(new { title = $"{paper.Title} (variant {i})", @abstract = $"{paper.Abstract} Variant {i}." }));
        }
    }

    public string Folder { get; }

    public string File { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
