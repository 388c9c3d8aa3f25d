using PaperGraph.Ingest;

namespace PaperGraph.Tests.Ingest;

public sealed class ArxivSnapshotReaderTests
{
    private static readonly ArxivSnapshotReader Reader = new(IngestTestFiles.Options());

    private static List<Paper> ReadFixture()
    {
        using var file = File.OpenRead(IngestTestFiles.PathOf("snapshot.jsonl"));
        return Reader.Read(file, "snapshot.jsonl").Papers();
    }

    [Fact]
    public void Read_SnapshotRecord_NormalisesHardWrappedTitleAndAbstract()
    {
        var paper = ReadFixture()[0];

        Assert.Equal("arxiv:0704.0001", paper.Id.Value);
        Assert.Equal("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies", paper.Title);
        Assert.StartsWith("A fully differential calculation in perturbative quantum chromodynamics is presented", paper.Abstract);
        Assert.False(paper.Abstract.EndsWith(' '));
    }

    [Fact]
    public void Read_SnapshotRecord_TakesYearAndDateFromTheFirstVersion()
    {
        var paper = ReadFixture()[0];

        Assert.Equal(2007, paper.Year);
        Assert.Equal("2007-04-02", paper.Date);
        Assert.Equal("https://arxiv.org/abs/0704.0001", paper.Url);
    }

    [Fact]
    public void Read_SnapshotRecord_BuildsAuthorNamesFromAuthorsParsed()
    {
        var papers = ReadFixture();

        Assert.Equal(["C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan"], papers[0].Authors);
        Assert.Equal(["Edward J. Hu", "Yelong Shen"], papers[1].Authors);
        Assert.Equal(["A. Author"], papers[2].Authors);
    }

    [Fact]
    public void Read_SnapshotRecord_SplitsCategories()
    {
        Assert.Equal(["cs.CL", "cs.AI", "cs.LG"], ReadFixture()[1].Categories);
    }

    [Fact]
    public void Read_OldStyleIdWithoutVersions_TakesTheYearFromTheId()
    {
        var paper = ReadFixture()[2];

        Assert.Equal("arxiv:math/9901001", paper.Id.Value);
        Assert.Equal(1999, paper.Year);
        Assert.Null(paper.Date);
    }

    [Fact]
    public void Read_RecordWithoutTitle_IsAnIssueAndTheNextIsRead()
    {
        var outcomes = IngestTestFiles.Read(Reader, "{\"id\":\"2101.00001\",\"abstract\":\"x\"}\n{\"id\":\"2101.00002\",\"title\":\"T\"}\n");

        Assert.Equal(["arxiv:2101.00002"], outcomes.Papers().Select(p => p.Id.Value));
        Assert.Equal(1, Assert.Single(outcomes.Issues()).Location.Line);
    }
}
