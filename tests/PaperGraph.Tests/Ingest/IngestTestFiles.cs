using System.Text;
using PaperGraph.Ingest;

namespace PaperGraph.Tests.Ingest;

/// <summary>Fixtures under TestData/Ingest, readers run over bytes, and temporary folders for generated inputs.</summary>
internal static class IngestTestFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Ingest", name);

    public static string SamplePage(int number) => Path.Combine(Support.SharedData.RepositoryRoot, "samples", $"daily-papers-{number}.txt");

    public static List<ReadOutcome> Read(IPaperReader reader, string text, string sourceName = "test") =>
        Read(reader, Encoding.UTF8.GetBytes(text), sourceName);

    public static List<ReadOutcome> Read(IPaperReader reader, byte[] bytes, string sourceName = "test") =>
        [.. reader.Read(new MemoryStream(bytes), sourceName)];

    public static List<Paper> Papers(this IEnumerable<ReadOutcome> outcomes) =>
        [.. outcomes.OfType<ReadOutcome.Read>().Select(read => read.Paper)];

    public static List<ReadIssue> Issues(this IEnumerable<ReadOutcome> outcomes) =>
        [.. outcomes.OfType<ReadOutcome.Issue>().Select(issue => issue.Problem)];

    public static IngestOptions Options(int maxRecordBytes = IngestOptions.DefaultMaxRecordBytes) => new() { MaxRecordBytes = maxRecordBytes };
}

/// <summary>A folder under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "papergraph-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow file system; the temp folder is cleaned by the system later.
        }
    }
}
