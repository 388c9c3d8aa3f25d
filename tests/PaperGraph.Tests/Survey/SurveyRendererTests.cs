using System.Text.Json;
using System.Text.RegularExpressions;
using PaperGraph.Graph;
using PaperGraph.Survey;

namespace PaperGraph.Tests.Survey;

public sealed partial class SurveyRendererTests(SampleBuildFixture samples) : IClassFixture<SampleBuildFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("papergraph-survey-render-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static SurveyOutline TestOutline(SurveyRequest? request = null)
    {
        var graph = SurveyTestGraph.Graph();
        return SurveyOutliner.Outline(graph, SurveyTestGraph.Analysis(graph), request ?? SurveyRequest.Default);
    }

    private static string Render(ISurveyRenderer renderer, SurveyOutline outline)
    {
        using var writer = new StringWriter();
        renderer.Render(outline, writer);
        return writer.ToString();
    }

    [Theory]
    [InlineData(SurveyFormat.Markdown, "survey.md")]
    [InlineData(SurveyFormat.Json, "survey.json")]
    [InlineData(SurveyFormat.Latex, "survey.tex")]
    public void Write_SamplePagesOpenedTwice_SameBytes(SurveyFormat format, string name)
    {
        byte[][] Run(string sub)
        {
            var (graph, analysis) = GraphStore.Open(samples.Folder);
            var outline = SurveyOutliner.Outline(graph, analysis, new SurveyRequest { Depth = 2 });
            return SurveyWriter.Write(outline, Path.Combine(folder, sub, name), format).Select(File.ReadAllBytes).ToArray();
        }

        var first = Run("one");
        var second = Run("two");

        Assert.Equal(first.Length, second.Length);
        for (var i = 0; i < first.Length; i++) Assert.Equal(first[i], second[i]);
    }

    [Fact]
    public void Render_GraphBuiltTwice_SameText()
    {
        var first = Render(new MarkdownSurveyRenderer(), TestOutline(new SurveyRequest { Depth = 2, MinSectionPapers = 1 }));
        var second = Render(new MarkdownSurveyRenderer(), TestOutline(new SurveyRequest { Depth = 2, MinSectionPapers = 1 }));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Markdown_SamplePages_EveryCitationNamesAReferenceInOrderOfFirstUse()
    {
        var (graph, analysis) = GraphStore.Open(samples.Folder);
        var outline = SurveyOutliner.Outline(graph, analysis, SurveyRequest.Default);

        var markdown = Render(new MarkdownSurveyRenderer(), outline);

        SurveyAssert.CitationsInTextMatchReferences(markdown, outline);
        foreach (var r in outline.References) Assert.Contains($"\n{r.Number}. ", markdown);
        Assert.DoesNotContain("\r", markdown);
    }

    [Fact]
    public void Markdown_TestGraph_ReadsAsAnOutline()
    {
        var markdown = Render(new MarkdownSurveyRenderer(), TestOutline());

        Assert.StartsWith("# Survey outline: Object detection and Image generation\n\n**Scope:** The whole corpus: 7 papers, 2014–2022.\n", markdown);
        Assert.Contains("\n## 1. Object detection\n", markdown);
        Assert.Contains("\n### Object detection methods\n", markdown);
        Assert.Contains("\n- **YOLO** (2 papers) [", markdown);
        Assert.Contains("| DETR | COCO | AP ↑ | 42.0 | [", markdown);
        Assert.Contains("\n## References\n", markdown);
        Assert.Contains("<https://arxiv.org/abs/2005.12872>", markdown);
    }

    [Fact]
    public void Markdown_HostileTitle_IsEscaped()
    {
        var markdown = Render(new MarkdownSurveyRenderer(), TestOutline());

        Assert.Contains(@"StyleGAN: \<b\>styles\</b\> \& 50% \$x\$ \#1 \_under\_ {brace} \\back \~tilde^ \[1\] \*star\* \| pipe", markdown);
        Assert.DoesNotContain("<b>", markdown);
    }

    [Fact]
    public void LatexText_EverySpecialCharacter_BecomesACommand()
    {
        Assert.Equal(@"\textbackslash{}\{\}\$\&\#\%\_\textasciicircum{}\textasciitilde{}\textless{}\textgreater{}\textbar{} a b",
            LatexText.Escape("\\{}$&#%_^~<>|\n a \t b"));
    }

    [Fact]
    public void Latex_TestGraph_EscapesTextAndCitesOnlyKeysInTheBib()
    {
        var outline = TestOutline();
        var tex = Render(new LatexSurveyRenderer("survey"), outline);
        var bib = Render(new BibTexRenderer(), outline);

        Assert.Contains(@"StyleGAN: \textless{}b\textgreater{}styles\textless{}/b\textgreater{} \& 50\% \$x\$ \#1 \_under\_ \{brace\} \textbackslash{}back \textasciitilde{}tilde\textasciicircum{}", tex);
        Assert.Contains(@"\section{Object detection}", tex);
        Assert.Contains(@"\begin{tabular}", tex);
        Assert.Contains(@"\bibliography{survey}", tex);
        var keys = CiteKeys().Matches(tex).SelectMany(m => m.Groups[1].Value.Split(',')).ToHashSet();
        var entries = BibKeys().Matches(bib).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(outline.References.Select(r => r.Key), entries);
        Assert.Subset(entries.ToHashSet(), keys);
        Assert.Equal(entries.Count, entries.Distinct().Count());
        Assert.True(BracesBalance(bib), "unbalanced braces in the .bib");
        Assert.Contains("@misc{generative2014,", bib);
        Assert.Contains("  eprint = {1406.2661},", bib);
    }

    [Fact]
    public void Json_TestGraph_HoldsTheOutlineModel()
    {
        var outline = TestOutline();

        using var json = JsonDocument.Parse(Render(new JsonSurveyRenderer(), outline));

        var root = json.RootElement;
        Assert.Equal(outline.Title, root.GetProperty("title").GetString());
        Assert.Equal(2, root.GetProperty("sections").GetArrayLength());
        Assert.Equal("method", root.GetProperty("sections")[0].GetProperty("methods")[0].GetProperty("method").GetProperty("entity").GetProperty("type").GetString());
        Assert.Equal(outline.References.Count, root.GetProperty("references").GetArrayLength());
    }

    [Fact]
    public void Write_Latex_WritesTexAndBibBesideItAndNoTemporaryFiles()
    {
        var written = SurveyWriter.Write(TestOutline(), Path.Combine(folder, "out", "review.tex"), SurveyFormat.Latex);

        Assert.Equal(["review.bib", "review.tex"], written.Select(Path.GetFileName));
        Assert.Contains(@"\bibliography{review}", File.ReadAllText(written[1]));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "out"), "*.tmp"));
    }

    [Theory]
    [InlineData("a/survey.json", SurveyFormat.Json)]
    [InlineData("survey.TEX", SurveyFormat.Latex)]
    [InlineData("survey.md", SurveyFormat.Markdown)]
    [InlineData("survey", SurveyFormat.Markdown)]
    public void FormatOf_Extension_ChoosesTheFormat(string path, SurveyFormat expected)
    {
        Assert.Equal(expected, SurveyWriter.FormatOf(path));
    }

    /// <summary>Braces nest and close, "\{" and "\}" (escaped braces) aside.</summary>
    private static bool BracesBalance(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth < 0) return false;
        }
        return depth == 0;
    }

    [GeneratedRegex(@"\\cite\{([^}]*)\}")]
    private static partial Regex CiteKeys();

    [GeneratedRegex(@"^@misc\{([^,]+),", RegexOptions.Multiline)]
    private static partial Regex BibKeys();
}
