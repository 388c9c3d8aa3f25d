using System.IO.Compression;
using System.Text;
using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Ingest;

public sealed class PaperSourcesTests
{
    private const string TwoPapers = "{\"title\": \"One\", \"abstract\": \"First.\"}\n{\"title\": \"Two\", \"abstract\": \"Second.\"}\n";

    private static byte[] Gzip(byte[] data)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(data);
        return output.ToArray();
    }

    [Fact]
    public void Read_FileFolderAndStdin_ReadsAllInOrder()
    {
        using var temp = new TempFolder();
        var file = temp.Write("single.jsonl", TwoPapers);
        temp.Write("folder/b.jsonl", "{\"title\": \"B\"}\n");
        temp.Write("folder/sub/a.csv", "title,abstract\nA,x\n");
        temp.Write("folder/.hidden/c.jsonl", "{\"title\": \"Hidden\"}\n");
        temp.Write("folder/notes.md", "# not an input\n");

        var outcomes = PaperSources.Read(
            [file, Path.Combine(temp.Path, "folder"), "-"], PaperFormat.Auto,
            () => new MemoryStream(Encoding.UTF8.GetBytes("{\"title\": \"From stdin\"}\n"))).ToList();

        Assert.Empty(outcomes.Issues());
        Assert.Equal(["One", "Two", "B", "A", "From stdin"], outcomes.Papers().Select(p => p.Title));
        Assert.Equal("-", outcomes.Papers()[^1].Source.File);
    }

    [Fact]
    public void Read_MissingFile_IsFatalForThatInputOnly()
    {
        using var temp = new TempFolder();
        var good = temp.Write("good.jsonl", TwoPapers);
        var missing = Path.Combine(temp.Path, "missing.jsonl");

        var outcomes = PaperSources.Read([missing, good]).ToList();

        var issue = Assert.Single(outcomes.Issues());
        Assert.True(issue.IsFatalForInput);
        Assert.Equal(missing, issue.Location.File);
        Assert.Equal($"{missing}: no such file or folder", issue.ToString());
        Assert.Equal(2, outcomes.Papers().Count);
    }

    [Fact]
    public void Read_StdinWithoutProvider_IsAnIssue()
    {
        var issue = Assert.Single(PaperSources.Read(["-"]).Issues());

        Assert.Contains("standard input", issue.Message);
    }

    [Fact]
    public void Read_GzipByMagicBytes_IsDecompressedWhateverTheName()
    {
        using var temp = new TempFolder();
        var plainName = temp.Write("compressed.jsonl", Gzip(Encoding.UTF8.GetBytes(TwoPapers)));
        var gzName = temp.Write("compressed.jsonl.gz", Gzip(Encoding.UTF8.GetBytes(TwoPapers)));

        Assert.Equal(["One", "Two"], PaperSources.Read([plainName]).Papers().Select(p => p.Title));
        Assert.Equal(["One", "Two"], PaperSources.Read([gzName]).Papers().Select(p => p.Title));
    }

    [Fact]
    public void Read_GzipStdin_IsDecompressed()
    {
        var outcomes = PaperSources.Read(["-"], PaperFormat.Auto, () => new MemoryStream(Gzip(Encoding.UTF8.GetBytes(TwoPapers))));

        Assert.Equal(["One", "Two"], outcomes.Papers().Select(p => p.Title));
    }

    [Fact]
    public void Read_FormatOverride_SkipsDetection()
    {
        using var temp = new TempFolder();
        var file = temp.Write("titles.txt", "{\"title\": \"Looks like JSON\"}\n");

        var asPage = PaperSources.Read([file], PaperFormat.HfDaily).Papers();

        Assert.Equal("{\"title\": \"Looks like JSON\"}", Assert.Single(asPage).Title);
    }

    [Fact]
    public void Read_SamplePages_ReadEndToEnd()
    {
        var outcomes = PaperSources.Read([IngestTestFiles.SamplePage(1), IngestTestFiles.SamplePage(2)]).ToList();

        Assert.Empty(outcomes.Issues());
        Assert.Equal(98 + 43, outcomes.Papers().Count);
        var fastSpeech = Assert.Single(outcomes.Papers(), p => p.Title == "FastSpeech 2: Fast and High-Quality End-to-End Text to Speech");
        Assert.Equal(2020, fastSpeech.Year);
        Assert.Contains("we propose FastSpeech 2, which addresses the issues in FastSpeech", fastSpeech.Abstract);
    }

    [Fact]
    public void Read_ReadableInputWithNoPapers_SaysSo()
    {
        using var temp = new TempFolder();
        var file = temp.Write("feed.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Empty</title></feed>");

        var issue = Assert.Single(PaperSources.Read([file]).Issues());

        Assert.Equal("no papers found (read as ArxivAtom)", issue.Message);
    }

    [Fact]
    public void Read_EmptyFolder_IsAnIssue()
    {
        using var temp = new TempFolder();
        temp.Write("only/readme.md", "nothing to read");

        var issue = Assert.Single(PaperSources.Read([Path.Combine(temp.Path, "only")]).Issues());

        Assert.StartsWith("folder has no input files", issue.Message);
    }

    [SharedDataFact]
    public void Read_ConferenceCorpusHead_ReadsJsonLinesWithVenueAndYear()
    {
        var papers = PaperSources.Read([SharedData.PathOf("corpus/conference-abstracts/ml_abstracts.jsonl")]).Take(200).Papers();

        Assert.Equal(200, papers.Count);
        Assert.All(papers, p => Assert.NotNull(p.Year));
        Assert.All(papers, p => Assert.False(string.IsNullOrEmpty(p.Venue)));
        Assert.All(papers, p => Assert.True(TextNormalizer.IsCollapsed(p.Abstract)));
        Assert.Equal(200, papers.Select(p => p.Id).Distinct().Count());
    }
}
