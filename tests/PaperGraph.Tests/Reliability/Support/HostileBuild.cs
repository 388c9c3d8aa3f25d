using PaperGraph.Tests.Ingest;

namespace PaperGraph.Tests.Reliability.Support;

/// <summary>
/// One `build` and one `extract` of the hostile-name files of the corpus (hostile-names.jsonl and .csv,
/// unicode-abstracts.jsonl), run once for a test class.
/// </summary>
public sealed class HostileBuild : IDisposable
{
    private readonly TempFolder _temp = new();

    /// <summary>The names hostile-names.jsonl puts in titles, abstracts and author lists.</summary>
    public static IReadOnlyList<string> Hostile { get; } =
    [
        "'); MATCH (n) DETACH DELETE n //",
        "<script>alert(1)</script>",
        "\"quoted\" and 'single' names",
        "`backticks` MATCH (m) DELETE m",
        "{braces} {{double}} ${interp} $param",
        "Robert'); DROP TABLE papers;--",
        "</script><img src=x onerror=alert(2)>",
        "a]]>b <![CDATA[x]]> &amp; &lt;",
        "back\\slash \\n not-a-newline \\u0000",
        "=cmd|' /C calc'!A0",
    ];

    /// <summary>The titles of the hostile papers as they must arrive (a CSV line break inside a field becomes a space).</summary>
    public static IReadOnlyList<string> ExpectedTitles { get; } =
    [
        .. Hostile.Select((name, i) => $"{name} paper {i}"),
        "'); MATCH (n) DETACH DELETE n // csv paper 0",
        "<script>alert(1)</script> csv paper 1",
        "\"quoted\", with comma csv paper 2",
        "line break inside csv paper 3",
        "`tick` {brace} ${x} csv paper 4",
    ];

    public HostileBuild()
    {
        string[] inputs = [.. new[] { "hostile-names.jsonl", "hostile-names.csv", "unicode-abstracts.jsonl" }.Select(ReliabilityCorpus.PathOf)];
        Folder = Path.Combine(_temp.Path, "build");
        ExtractFile = Path.Combine(_temp.Path, "extract.jsonl");
        var build = InProcessCli.Run(["build", .. inputs, "--threads", "2", "--out", Folder]);
        var extract = InProcessCli.Run(["extract", .. inputs, "--threads", "2", "--out", ExtractFile]);
        Assert.True(build.Exit == 0, build.ToString());
        Assert.True(extract.Exit == 0, extract.ToString());
    }

    public string Folder { get; }

    public string ExtractFile { get; }

    public void Dispose() => _temp.Dispose();
}
