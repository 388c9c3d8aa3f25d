namespace PaperGraph.Tests.Extraction.Lexicon;

using PaperGraph.Extraction.Lexicon;

public class LexiconTests
{
    private static Lexicon ParseOne(string fileName, string content) => Lexicon.Parse([(fileName, new StringReader(content))]);

    [Fact]
    public void Parse_EntriesWithCommentsAndBlankLines_ReadsEntriesInOrder()
    {
        var lexicon = ParseOne("vision.tsv", "# a comment\n\nMethod\tLow-Rank Adaptation\tLoRA\n\r\n#another\nDataset\tImageNet\n");

        Assert.Collection(lexicon.Entries,
            e =>
            {
                Assert.Equal(EntityType.Method, e.Type);
                Assert.Equal("Low-Rank Adaptation", e.Name);
                Assert.Equal(["LoRA"], e.Aliases);
                Assert.Equal("vision.tsv", e.Source);
                Assert.Equal(3, e.Line);
            },
            e =>
            {
                Assert.Equal(EntityType.Dataset, e.Type);
                Assert.Equal("ImageNet", e.Name);
                Assert.Empty(e.Aliases);
                Assert.Equal(6, e.Line);
            });
    }

    [Fact]
    public void Parse_SeveralAliases_KeepsThemInOrderAndFormsStartWithName()
    {
        var lexicon = ParseOne("m.tsv", "Metric\tFréchet Inception Distance\tFID|Frechet Inception Distance\n");

        var entry = Assert.Single(lexicon.Entries);
        Assert.Equal(["FID", "Frechet Inception Distance"], entry.Aliases);
        Assert.Equal(["Fréchet Inception Distance", "FID", "Frechet Inception Distance"], entry.Forms);
    }

    [Fact]
    public void Parse_EmptyAliasColumnAndCrlfAndByteOrderMark_AreAccepted()
    {
        var lexicon = ParseOne("t.tsv", "\uFEFFTask\tobject detection\t\r\nBenchmark\tMMLU\r\n");

        Assert.Equal(["object detection", "MMLU"], lexicon.Entries.Select(e => e.Name));
        Assert.All(lexicon.Entries, e => Assert.Empty(e.Aliases));
    }

    [Theory]
    [InlineData("Method\tBERT\tA\tB", "4 column")]
    [InlineData("Method", "1 column")]
    [InlineData("Model\tBERT", "unknown type 'Model'")]
    [InlineData("method\tBERT", "unknown type 'method'")]
    [InlineData("1\tBERT", "unknown type '1'")]
    [InlineData("Method\t\tBERT", "empty name")]
    [InlineData("Method\tBERT\tA||B", "empty alias")]
    [InlineData("Method\tBERT\tA|", "empty alias")]
    [InlineData("Method\tBERT \tA", "trailing white space")]
    [InlineData("Method\tBERT\t A", "leading or trailing white space")]
    [InlineData("Method\tBERT\tA|A", "'A' is listed twice")]
    [InlineData("Method\tBERT\tBERT", "'BERT' is listed twice")]
    [InlineData("Method\tBig  Bird", "double space")]
    public void Parse_BadLine_ThrowsNamingFileLineAndProblem(string badLine, string problem)
    {
        var content = "# header\nDataset\tCOCO\tMS-COCO\n" + badLine + "\nDataset\tLVIS\n";

        var error = Assert.Throws<LexiconFormatException>(() => ParseOne("bad.tsv", content));

        Assert.Equal("bad.tsv", error.File);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("bad.tsv:3: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Parse_GenericTermsFile_ReadsLowerCaseTermsNotEntries()
    {
        var lexicon = Lexicon.Parse([
            ("PaperGraph.data.lexicon.generic-terms.tsv", new StringReader("# generic\nframework\n\nlarge language models\n")),
            ("PaperGraph.data.lexicon.vision.tsv", new StringReader("Method\tDETR\n")),
        ]);

        Assert.Equal(["framework", "large language models"], lexicon.GenericTerms.Order(StringComparer.Ordinal));
        Assert.Equal("DETR", Assert.Single(lexicon.Entries).Name);
        Assert.Equal(["generic-terms.tsv", "vision.tsv"], lexicon.Sources);
    }

    [Theory]
    [InlineData("Framework", "must be lower case")]
    [InlineData("framework\tx", "one column")]
    [InlineData("model\nmodel", "listed twice")]
    public void Parse_BadGenericTerm_Throws(string content, string problem)
    {
        var error = Assert.Throws<LexiconFormatException>(() => ParseOne(Lexicon.GenericTermsFile, content));

        Assert.Contains(problem, error.Message);
        Assert.Equal(Lexicon.GenericTermsFile, error.File);
    }

    [Fact]
    public void Version_SameContent_IsSameAndShort()
    {
        var a = ParseOne("a.tsv", "Method\tAdam\n");
        var b = ParseOne("a.tsv", "Method\tAdam\n");

        Assert.Equal(a.Version, b.Version);
        Assert.Equal(12, a.Version.Length);
        Assert.Matches("^[0-9a-f]+$", a.Version);
    }

    [Theory]
    [InlineData("a.tsv", "Method\tAdamW\n")]
    [InlineData("a.tsv", "Method\tAdam\n# a new comment\n")]
    [InlineData("b.tsv", "Method\tAdam\n")]
    public void Version_ChangedNameOrContent_Changes(string fileName, string content)
    {
        var original = ParseOne("a.tsv", "Method\tAdam\n");

        Assert.NotEqual(original.Version, ParseOne(fileName, content).Version);
    }
}
