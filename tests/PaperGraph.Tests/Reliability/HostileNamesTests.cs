using System.Text.Json;
using System.Xml.Linq;
using PaperGraph.Graph;
using PaperGraph.Tests.Export;
using PaperGraph.Tests.Reliability.Support;

namespace PaperGraph.Tests.Reliability;

/// <summary>
/// Titles, abstracts and author names holding quotes, backticks, braces, Cypher and SQL injections, HTML and
/// CDATA, built by the real `build`: every output carries them as plain text, exactly, and none of them
/// becomes markup, a query or a terminal command.
/// </summary>
public sealed class HostileNamesTests(HostileBuild build) : IClassFixture<HostileBuild>
{
    [Fact]
    public void GraphJson_HostileTitlesAndAuthors_ArriveExactlyAndMatchTheSchema()
    {
        var graph = BuildOutputs.AssertValidGraph(build.Folder);

        var titles = graph.Papers.Select(p => p.Title).ToHashSet();
        Assert.Superset(HostileBuild.ExpectedTitles.ToHashSet(), titles);
        var authors = graph.Papers.SelectMany(p => p.Authors).ToHashSet();
        Assert.Superset(HostileBuild.Hostile.ToHashSet(), authors);
    }

    [Fact]
    public void GraphMl_HostileText_IsWellFormedXmlHoldingTheExactText()
    {
        var document = XDocument.Load(Path.Combine(build.Folder, "graph.graphml"));

        var values = document.Descendants().Where(e => e.Name.LocalName == "data").Select(e => e.Value).ToHashSet();
        Assert.Superset(HostileBuild.ExpectedTitles.ToHashSet(), values);
    }

    [Fact]
    public void Neo4jImportCsv_HostileText_ReadsBackExactlyWithEveryRowTheWidthOfItsHeader()
    {
        var files = Directory.GetFiles(Path.Combine(build.Folder, "neo4j-import"), "*.csv");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var rows = Rfc4180.Parse(File.ReadAllText(file));
            Assert.All(rows, row => Assert.True(row.Length == rows[0].Length, $"{Path.GetFileName(file)}: a row of {row.Length} fields under a header of {rows[0].Length}"));
        }
        var papers = Rfc4180.Parse(File.ReadAllText(Path.Combine(build.Folder, "neo4j-import", "papers.csv")));
        var title = Array.IndexOf(papers[0], "title");
        Assert.Superset(HostileBuild.ExpectedTitles.ToHashSet(), papers.Skip(1).Select(r => r[title]).ToHashSet());
    }

    [Fact]
    public void HtmlMap_HostileText_IsThereOnlyEscaped()
    {
        var html = File.ReadAllText(Path.Combine(build.Folder, "index.html"));

        Assert.Contains("alert(1)", html);
        foreach (var markup in new[] { "<script>alert(1)", "</script><img", "onerror=alert(2)>", "<![CDATA[x]]>" })
        {
            Assert.DoesNotContain(markup, html);
        }
    }

    [Fact]
    public void Extract_HostileText_EveryLineIsOneJsonObjectWithTheExactTitle()
    {
        var lines = File.ReadAllLines(build.ExtractFile);

        var titles = lines.Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.GetProperty("title").GetString()!;
        }).ToHashSet();
        Assert.Equal(lines.Length, titles.Count);
        Assert.Superset(HostileBuild.ExpectedTitles.ToHashSet(), titles);
    }

    [Fact]
    public void Build_ControlCharacters_AreGoneFromTheTitleAndNothingElseIs()
    {
        var graph = GraphStore.Open(build.Folder).Graph;

        var title = Assert.Single(graph.Papers, p => p.Title.StartsWith("Control", StringComparison.Ordinal)).Title;
        Assert.Equal("Control characters in [31m the title", title);
        Assert.Contains(graph.Papers, p => p.Title == "Emoji everywhere 🚀🔥 in ImageNet 🧠");
        Assert.Contains(graph.Papers, p => p.Title == "نموذج لغوي كبير: Arabic title with BERT");
    }
}
