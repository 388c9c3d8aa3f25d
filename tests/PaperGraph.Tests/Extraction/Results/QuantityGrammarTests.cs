using PaperGraph.Extraction.Results;

namespace PaperGraph.Tests.Extraction.Results;

public class QuantityGrammarTests
{
    [Theory]
    [InlineData("8.81pm0.10", 8.81, "None", 0.10)]
    [InlineData("8.81 ± 0.10", 8.81, "None", 0.10)]
    [InlineData("10.44±0.087", 10.44, "None", 0.087)]
    [InlineData("85.2 +/- 0.3%", 85.2, "Percent", 0.3)]
    [InlineData("85.2% \\pm 0.3", 85.2, "Percent", 0.3)]
    [InlineData("71.0 $\\pm$ 1.2", 71.0, "None", 1.2)]
    [InlineData("8.81Â±0.10", 8.81, "None", 0.10)]
    public void TryParse_Uncertainty_KeepsPlusMinus(string text, double value, string unit, double plusMinus)
    {
        Assert.True(QuantityGrammar.TryParse(text, out var quantity));

        Assert.Equal(value, quantity!.Value, 6);
        Assert.Equal(unit, quantity.Unit.ToString());
        Assert.Equal(plusMinus, quantity.PlusMinus!.Value, 6);
        Assert.Equal(text, quantity.Text);
    }

    [Theory]
    [InlineData("59.5%", 59.5, "Percent")]
    [InlineData("59.5 %", 59.5, "Percent")]
    [InlineData("50\\%", 50, "Percent")]
    [InlineData("12 percent", 12, "Percent")]
    [InlineData("3x", 3, "Times")]
    [InlineData("2.5×", 2.5, "Times")]
    [InlineData("2.5 ×", 2.5, "Times")]
    [InlineData("2.5 times", 2.5, "Times")]
    [InlineData("12-fold", 12, "Times")]
    [InlineData("3$\\times$", 3, "Times")]
    [InlineData("2.5\\times", 2.5, "Times")]
    [InlineData("96,962", 96962, "None")]
    [InlineData("1,234,567.5", 1234567.5, "None")]
    [InlineData("0.052", 0.052, "None")]
    [InlineData("1.5 points", 1.5, "None")]
    [InlineData("2.1-point", 2.1, "None")]
    public void TryParse_Level_ReadsValueAndUnit(string text, double value, string unit)
    {
        Assert.True(QuantityGrammar.TryParse(text, out var quantity));

        Assert.Equal(value, quantity!.Value, 6);
        Assert.Equal(unit, quantity.Unit.ToString());
        Assert.False(quantity.IsDelta);
        Assert.Null(quantity.From);
    }

    [Theory]
    [InlineData("+1.3%", 1.3, "Percent")]
    [InlineData("−0.5", -0.5, "None")]
    [InlineData("-0.5", -0.5, "None")]
    [InlineData("1.3 pp", 1.3, "Percent")]
    [InlineData("1.3pp", 1.3, "Percent")]
    [InlineData("4.2 percentage points", 4.2, "Percent")]
    [InlineData("2.0% points", 2.0, "Percent")]
    public void TryParse_SignOrPercentagePoints_IsDelta(string text, double value, string unit)
    {
        Assert.True(QuantityGrammar.TryParse(text, out var quantity));

        Assert.Equal(value, quantity!.Value, 6);
        Assert.Equal(unit, quantity.Unit.ToString());
        Assert.True(quantity.IsDelta);
    }

    [Theory]
    [InlineData("from 58.5% to 59.5%", 59.5, 58.5, "59.5%", "Percent")]
    [InlineData("from 84 to 91%", 91, 84, "91%", "Percent")]
    [InlineData("61.2 → 68.9", 68.9, 61.2, "68.9", "None")]
    [InlineData("12.4 -> 9.8", 9.8, 12.4, "9.8", "None")]
    public void TryParse_Change_KeepsStartingValue(string text, double value, double from, string written, string unit)
    {
        Assert.True(QuantityGrammar.TryParse(text, out var quantity));

        Assert.Equal(value, quantity!.Value, 6);
        Assert.Equal(from, quantity.From!.Value, 6);
        Assert.Equal(written, quantity.Text);
        Assert.Equal(unit, quantity.Unit.ToString());
    }

    [Theory]
    [InlineData("1.9-3.3x", 3.3, "Times")]
    [InlineData("1–2.7×", 2.7, "Times")]
    [InlineData("50-75%", 75, "Percent")]
    [InlineData("50%-75%", 75, "Percent")]
    [InlineData("2.5×−69.2×", 69.2, "Times")]
    [InlineData("25--45 percentage points", 45, "Percent")]
    public void TryParse_Range_ValueIsUpperEndTextIsWhole(string text, double value, string unit)
    {
        Assert.True(QuantityGrammar.TryParse(text, out var quantity));

        Assert.Equal(value, quantity!.Value, 6);
        Assert.Equal(unit, quantity.Unit.ToString());
        Assert.Equal(text, quantity.Text);
    }

    [Theory]
    [InlineData("CIFAR-10")]
    [InlineData("ResNet-50")]
    [InlineData("GPT-4")]
    [InlineData("mR@50")]
    [InlineData("pass@1")]
    [InlineData("Open Images V6")]
    [InlineData("3D")]
    [InlineData("2D")]
    [InlineData("Llama-3-8B")]
    [InlineData("1080p")]
    [InlineData("7B")]
    [InlineData("1.5M")]
    [InlineData("50k")]
    [InlineData("1st")]
    [InlineData("1e-4")]
    [InlineData("in 2021")]
    [InlineData("2019-2022")]
    [InlineData("3.5.1")]
    [InlineData("v1.2")]
    [InlineData("224x224")]
    [InlineData("3x3")]
    [InlineData("10-shot")]
    [InlineData("8-bit")]
    [InlineData("Section 3")]
    [InlineData("Table 2")]
    [InlineData("Eq. 5")]
    [InlineData("ViT-B/16")]
    [InlineData("96,962 theorems")]
    [InlineData("30 tasks")]
    [InlineData("1.2 GPU days")]
    [InlineData("10 times more parameters")]
    [InlineData("3x fewer parameters")]
    [InlineData("7 billion")]
    [InlineData("10 relation annotations")]
    [InlineData("10% of the training data")]
    [InlineData("8:1:1")]
    [InlineData("US$5")]
    [InlineData("512$\\times$1024")]
    [InlineData("3 \\times 3")]
    public void Scan_NamesSizesCountsAndLabels_FindsNothing(string text)
    {
        Assert.Empty(Scan(text));
    }

    [Theory]
    [InlineData("IS=8.81pm0.10, FID=9.91 on CIFAR-10", "8.81pm0.10|9.91")]
    [InlineData("improved from 58.5% to 59.5% AP on COCO val", "59.5%")]
    [InlineData("by up to 10x over LoRA and up to 5x over sparse LoRA", "10x|5x")]
    [InlineData("VG150 (16.0 mR@50) and Open Images V6 (50.1 weighted score)", "16.0|50.1")]
    [InlineData("1.5x faster than MobileNetV3 and 2.6x faster than EfficientNet-B0", "1.5x|2.6x")]
    [InlineData("80.0% top-1 accuracy under 600M MACs in 2020", "80.0%")]
    [InlineData("reaches $85.2\\%$ accuracy and $10%$ higher recall at $2 \\times$ speed", "85.2\\%|10%|2 \\times$")]
    public void Scan_Sentence_FindsOnlyReportedValues(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Scan(text).Select(m => text[m.TextStart..m.TextEnd]));
    }

    [Fact]
    public void Scan_ChangeWithFrom_SpansFromWordToTarget()
    {
        const string text = "AP improves from 58.5% to 59.5% on COCO";

        var match = Assert.Single(Scan(text));

        Assert.Equal("from 58.5% to 59.5%", text[match.Start..match.End]);
    }

    [Fact]
    public void Scan_Window_StaysInsideBounds()
    {
        const string text = "12.5% of 30 and 7.25x";

        var matches = new QuantityMatch[QuantityGrammar.MaxMatches];
        var count = QuantityGrammar.Scan(text, 3, 18, matches);

        Assert.All(matches[..count], m => Assert.True(m.Start >= 3 && m.End <= 18));
        Assert.Equal(["5%", "30", "7"], matches[..count].Select(m => text[m.TextStart..m.TextEnd]));
    }

    private static QuantityMatch[] Scan(string text)
    {
        var matches = new QuantityMatch[QuantityGrammar.MaxMatches];
        var count = QuantityGrammar.Scan(text, 0, text.Length, matches);
        return matches[..count];
    }
}
