using PaperGraph.Analytics.IO;

namespace PaperGraph.Tests.Analytics.IO;

public class EdgeListTests
{
    private static EdgeListGraph Read(string text) => EdgeList.Read(new StringReader(text), "edges.tsv");

    private static EdgeListFormatException ReadFails(string text) => Assert.Throws<EdgeListFormatException>(() => Read(text));

    [Fact]
    public void Read_HeaderCommentsBlankLinesAndMissingWeight_ReadsEdges()
    {
        var result = Read("# a comment\nSource\tTarget\tWeight\n\na\tb\t2.5\nb\tc\n");

        Assert.Equal(3, result.Graph.NodeCount);
        Assert.Equal(2, result.Graph.EdgeCount);
        Assert.Equal(2.5, result.Graph.EdgeWeight(result.Index.NodeOf("a"), result.Index.NodeOf("b")));
        Assert.Equal(1.0, result.Graph.EdgeWeight(result.Index.NodeOf("b"), result.Index.NodeOf("c")));
    }

    [Fact]
    public void Read_RepeatedPairsAndSelfLoops_SumsPairsDropsLoopsAndCountsBoth()
    {
        var result = Read("a\tb\t1\nb\ta\t2\nc\tc\t5\na\tb\t0.5\nd\te\t0\n");

        Assert.Equal(5, result.Graph.NodeCount);
        Assert.Equal(1, result.Graph.EdgeCount);
        Assert.Equal(3.5, result.Graph.EdgeWeight(result.Index.NodeOf("a"), result.Index.NodeOf("b")));
        Assert.Equal((5L, 1L, 1L, 2L), (result.EdgeLines, result.SelfLoops, result.ZeroWeights, result.RepeatedPairs));
    }

    [Fact]
    public void Read_QuotedIds_UnquotesWholeFieldQuotesKeepsOthers()
    {
        var result = Read("\"a b\"\t\"say \"\"hi\"\"\"\n5\"\tO'Neil\n\"x\t\"y\"\n");

        Assert.True(result.Index.TryGetNode("a b", out _));
        Assert.True(result.Index.TryGetNode("say \"hi\"", out _));
        Assert.True(result.Index.TryGetNode("5\"", out _));
        Assert.True(result.Index.TryGetNode("O'Neil", out _));
        // A tab always separates fields, even after an opening quote.
        Assert.True(result.Index.TryGetNode("\"x", out _));
        Assert.True(result.Index.TryGetNode("y", out _));
    }

    [Fact]
    public void Read_IdsWithSurroundingSpaces_AreTrimmed()
    {
        var result = Read(" a \t b\t 1 \n");

        Assert.Equal(["a", "b"], result.Index.Ids);
    }

    [Theory]
    [InlineData("a\tb\t1\njust-one-field\n", 2, "found 1 tab-separated field")]
    [InlineData("a\tb\t1\tx\n", 1, "found 4 tab-separated fields")]
    [InlineData("a\tb\t-1\n", 1, "negative")]
    [InlineData("a\tb\tNaN\n", 1, "NaN")]
    [InlineData("a\tb\tInfinity\n", 1, "infinite")]
    [InlineData("a\tb\t1e999\n", 1, "infinite")]
    [InlineData("a\tb\theavy\n", 1, "'heavy' is not a number")]
    [InlineData("a\tb\t1,5\n", 1, "not a number")]
    [InlineData("\n\na\t\t1\n", 3, "empty target id")]
    [InlineData("\"\"\tb\n", 1, "empty source id")]
    [InlineData("\"a\"b\"\tc\n", 1, "lone quote")]
    public void Read_BadLine_ThrowsNamingFileAndLine(string text, int line, string problem)
    {
        var error = ReadFails(text);

        Assert.Equal("edges.tsv", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message);
        Assert.StartsWith($"edges.tsv:{line}: ", error.Message);
    }

    [Fact]
    public void Read_EmptyFile_ThrowsClearError()
    {
        var error = ReadFails("");

        Assert.Contains("empty", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Read_OnlyCommentsAndHeader_ThrowsNoEdges()
    {
        var error = ReadFails("# nothing here\nsource\ttarget\n");

        Assert.Contains("no edges", error.Message);
    }

    [Fact]
    public void Read_FileWithBom_ReadsFirstId()
    {
        var path = Path.Combine(Path.GetTempPath(), $"edges-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "a\tb\t1\n", new System.Text.UTF8Encoding(true));
        try
        {
            var result = EdgeList.Read(path);
            Assert.Equal(["a", "b"], result.Index.Ids);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
