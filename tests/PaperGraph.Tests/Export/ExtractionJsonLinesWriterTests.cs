using System.Text;
using System.Text.Json;
using PaperGraph.Export;
using PaperGraph.Extraction;
using PaperGraph.Tests.Extraction;

namespace PaperGraph.Tests.Export;

public class ExtractionJsonLinesWriterTests
{
    private static string Write(params PaperExtraction[] extractions)
    {
        using var stream = new MemoryStream();
        ExtractionJsonLinesWriter.WriteAll(stream, extractions);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void WriteAll_TwoPapers_OneJsonObjectPerLine()
    {
        var a = TestExtraction.Extract("Paper A", "We report the Inception Score (IS) on CIFAR-10.");
        var b = TestExtraction.Extract("Paper B", "Nothing here.");
        var lines = Write(a, b).Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal("", lines[2]);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(a.Paper.Id.Value, first.RootElement.GetProperty("id").GetString());
        Assert.Equal("Paper A", first.RootElement.GetProperty("title").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(0, second.RootElement.GetProperty("entities").GetArrayLength());
    }

    [Fact]
    public void Write_Entity_HasTypeNameRoleAliasesAndMentionSpans()
    {
        var extraction = TestExtraction.Extract("Scores", "We report the Inception Score (IS). The IS rises.");
        using var doc = JsonDocument.Parse(Write(extraction));
        var entity = doc.RootElement.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Inception Score");
        Assert.Equal("Metric", entity.GetProperty("type").GetString());
        Assert.Equal("used", entity.GetProperty("role").GetString());
        Assert.Equal(["IS"], entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var mention = entity.GetProperty("mentions")[0];
        Assert.Equal("abstract", mention.GetProperty("field").GetString());
        var start = mention.GetProperty("start").GetInt32();
        var end = mention.GetProperty("end").GetInt32();
        Assert.Equal(mention.GetProperty("text").GetString(), extraction.Paper.Abstract[start..end]);
    }

    [Fact]
    public void Write_Result_HasWrittenValueAndDelta()
    {
        var paper = TestExtraction.Paper("T", "x");
        var result = new Result("AP", new Quantity(1.3, QuantityUnit.Percent, "+1.3%") { IsDelta = true }, "COCO", null,
            new TextSpan(TextField.Abstract, 0, 1), "+1.3% AP on COCO");
        using var doc = JsonDocument.Parse(Write(new PaperExtraction(paper, [], [result])));
        var r = doc.RootElement.GetProperty("results")[0];
        Assert.Equal(JsonValueKind.Null, r.GetProperty("method").ValueKind);
        Assert.Equal("COCO", r.GetProperty("dataset").GetString());
        Assert.Equal("AP", r.GetProperty("metric").GetString());
        Assert.Equal("+1.3%", r.GetProperty("value").GetString());
        Assert.True(r.GetProperty("delta").GetBoolean());
        Assert.Equal("+1.3% AP on COCO", r.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("Quotes \" and back\\slash")]
    [InlineData("Line\nbreak and\ttab and \u0001 control")]
    [InlineData("Unicode: Fréchet ± × 中文 \U0001F600")]
    [InlineData("<script>alert('x')</script>")]
    public void Write_AnyTitle_RoundTripsThroughJson(string title)
    {
        var extraction = Extractor.Default.Extract(TestExtraction.Paper(title, "We use GPT-4."));
        var line = Write(extraction);
        Assert.Single(line.TrimEnd('\n').Split('\n'));
        using var doc = JsonDocument.Parse(line);
        Assert.Equal(title, doc.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void Write_LoneSurrogate_IsReplacedNotFatal()
    {
        var extraction = TestExtraction.Extract("Bad \ud800 title", "Fine text.");
        using var doc = JsonDocument.Parse(Write(extraction));
        Assert.Equal("Bad \uFFFD title", doc.RootElement.GetProperty("title").GetString());
    }
}
