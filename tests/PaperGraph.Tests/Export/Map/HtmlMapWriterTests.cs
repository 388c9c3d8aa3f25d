using System.Text.Json;
using System.Text.RegularExpressions;
using PaperGraph.Export;
using PaperGraph.Export.Map;
using PaperGraph.Graph;
using static PaperGraph.Tests.Graph.GraphFixtures;

namespace PaperGraph.Tests.Export.Map;

public sealed partial class HtmlMapWriterTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("papergraph-map-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string WritePage(KnowledgeGraph graph, GraphAnalysis analysis)
    {
        new HtmlMapWriter().Write(graph, analysis, new OutputFolder(root));
        return File.ReadAllText(Path.Combine(root, HtmlMapWriter.FileName));
    }

    [Fact]
    public void Write_HostileSample_PageHasOnlyItsOwnTwoScriptsAndTheDataParses()
    {
        var graph = Sample();

        var html = WritePage(graph, SampleAnalysis(graph));

        // The sample's titles hold "<script>alert(1)</script>": escaped, it adds no element.
        Assert.Equal(2, ScriptOpen().Count(html));
        Assert.Equal(2, ScriptClose().Count(html));
        var data = DataBlock().Match(html);
        Assert.True(data.Success);
        var json = JsonDocument.Parse(data.Groups["json"].Value).RootElement;
        Assert.Contains("A `hostile' name <script>alert(1)</script>", json.GetProperty("nodes").GetProperty("label").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public void Write_AnyGraph_PageLoadsNothingFromOutside()
    {
        var html = WritePage(Sample(), GraphAnalysis.None);

        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.Contains("connect-src 'none'", html);
        Assert.Contains(MapAssets.Read(MapAssets.ScriptName).Trim(), html);
        Assert.Contains(MapAssets.Read(MapAssets.StyleName).Trim(), html);
    }

    [Fact]
    public void Write_EmptyGraph_WritesAPageWithNoNodes()
    {
        var html = WritePage(KnowledgeGraph.Empty, GraphAnalysis.None);

        var json = JsonDocument.Parse(DataBlock().Match(html).Groups["json"].Value).RootElement;
        Assert.Equal(0, json.GetProperty("nodes").GetProperty("id").GetArrayLength());
        Assert.Equal(0, json.GetProperty("drawn").GetProperty("nodes").GetInt32());
    }

    [Fact]
    public void Options_MaxNodesBelowOne_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MapOptions { MaxNodes = 0 });
    }

    [GeneratedRegex("<script[ >]", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOpen();

    [GeneratedRegex("</script", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptClose();

    [GeneratedRegex("<script type=\"application/json\" id=\"pg-data\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock();

    [GeneratedRegex(@"<(?:script|link|img|iframe)[^>]*\s(?:src|href)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
