using System.Globalization;
using PaperGraph.Export;
using PaperGraph.Graph;
using static PaperGraph.Tests.Graph.GraphFixtures;

namespace PaperGraph.Tests.Export;

public sealed class Neo4jImportCsvWriterTests : IDisposable
{
    private const char ArrayDelimiter = '\u001F';
    private readonly string folder = Directory.CreateTempSubdirectory("papergraph-neo4j-csv-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (KnowledgeGraph Graph, GraphAnalysis Analysis) WriteSample(bool withAnalysis = true)
    {
        var graph = Sample();
        var analysis = withAnalysis ? SampleAnalysis(graph) : GraphAnalysis.None;
        new Neo4jImportCsvWriter().Write(graph, analysis, new OutputFolder(folder));
        return (graph, analysis);
    }

    /// <summary>The rows of a written file as header name → value.</summary>
    private List<Dictionary<string, string>> Rows(string file)
    {
        var records = Rfc4180.Parse(File.ReadAllText(Path.Combine(folder, Neo4jImportCsvWriter.DefaultFolder, file)));
        Assert.NotEmpty(records);
        var header = records[0];
        return [.. records.Skip(1).Select(record =>
        {
            Assert.Equal(header.Length, record.Length);
            return header.Zip(record).ToDictionary(p => p.First, p => p.Second);
        })];
    }

    private string HeaderOf(string file) => File.ReadLines(Path.Combine(folder, Neo4jImportCsvWriter.DefaultFolder, file)).First();

    [Fact]
    public void Write_Graph_WritesEveryFileInNeo4jHeaderFormat()
    {
        WriteSample();

        var written = Directory.GetFiles(Path.Combine(folder, Neo4jImportCsvWriter.DefaultFolder)).Select(Path.GetFileName).Order();
        Assert.Equal(Neo4jImportCsvWriter.NodeFiles.Concat(Neo4jImportCsvWriter.RelationshipFiles).Order(), written);
        const string metrics = "pagerank:double,betweenness:double,degree:double,closeness:double,community:int,communityPath:int[]";
        Assert.Equal("id:ID,:LABEL,title,abstract,year:int,date,venue,url,authors:string[]," + metrics, HeaderOf("papers.csv"));
        Assert.Equal("id:ID,:LABEL,name,type,aliases:string[],aliasReasons:string[],paperCount:int,mentionCount:int,proposedBy:string[],papers:string[]," + metrics, HeaderOf("methods.csv"));
        Assert.Equal(":START_ID,:END_ID,:TYPE,weight:int,evidencePapers:string[],evidenceFields:string[],evidenceStarts:int[],evidenceEnds:int[],sentenceStarts:int[],sentenceEnds:int[]", HeaderOf("evaluated_on.csv"));
        Assert.Equal("id:ID,:LABEL,communityId:int,label,level:int,size:int,parent:int,topMembers:string[],modularity:double", HeaderOf("communities.csv"));
        Assert.Equal(":START_ID,:END_ID,:TYPE,level:int", HeaderOf("in_community.csv"));
    }

    [Fact]
    public void Write_HostileText_ParsesBackExactly()
    {
        var (graph, _) = WriteSample();

        var method = Assert.Single(Rows("methods.csv"), r => r["id:ID"] == "method:match");
        Assert.Equal("'); MATCH (n) DETACH DELETE n //", method["name"]);
        var papers = Rows("papers.csv").ToDictionary(r => r["id:ID"]);
        foreach (var paper in graph.Papers)
        {
            Assert.Equal(paper.Title, papers[paper.Id.Value]["title"]);
            Assert.Equal(paper.Abstract, papers[paper.Id.Value]["abstract"]);
        }
        Assert.Contains("\r\n", papers["arxiv:2101.00002"]["abstract"]);
        Assert.Equal("A `hostile' name <script>alert(1)</script>", papers["arxiv:2101.00002"]["title"]);
    }

    [Fact]
    public void Write_Arrays_JoinElementsWithTheArrayDelimiter()
    {
        var (graph, _) = WriteSample();

        var metric = Assert.Single(Rows("metrics.csv"), r => r["id:ID"] == "metric:inceptionscore");
        var entity = graph.EntityById("metric:inceptionscore");
        Assert.Equal(entity.Aliases.Select(a => a.Name), metric["aliases:string[]"].Split(ArrayDelimiter));
        Assert.Equal(entity.Aliases.Select(a => a.Reason.ToString()), metric["aliasReasons:string[]"].Split(ArrayDelimiter));
        var edges = Rows("uses.csv");
        Assert.Equal(graph.EdgesOf(EdgeKind.Uses).Count(), edges.Count);
        Assert.All(edges, e => Assert.Equal(e["evidencePapers:string[]"].Split(ArrayDelimiter).Length, e["evidenceStarts:int[]"].Split(ArrayDelimiter).Length));
    }

    [Fact]
    public void Write_Relationships_PointOnlyAtNodesTheNodeFilesDefine()
    {
        WriteSample();

        var ids = Neo4jImportCsvWriter.NodeFiles.SelectMany(Rows).Select(r => r["id:ID"]).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var known = ids.ToHashSet();
        foreach (var file in Neo4jImportCsvWriter.RelationshipFiles)
        {
            var type = Path.GetFileNameWithoutExtension(file).ToUpperInvariant();
            Assert.All(Rows(file), r =>
            {
                Assert.Contains(r[":START_ID"], known);
                Assert.Contains(r[":END_ID"], known);
                Assert.Equal(type, r[":TYPE"]);
            });
        }
        Assert.NotEmpty(Rows("reports.csv"));
        Assert.NotEmpty(Rows("in_community.csv"));
        Assert.NotEmpty(Rows("parent.csv"));
    }

    [Fact]
    public void Write_WithCommunities_AddsTheTopCommunityLabelToMembers()
    {
        var (_, analysis) = WriteSample();

        foreach (var row in Rows("papers.csv").Concat(Rows("methods.csv")))
        {
            var labels = row[":LABEL"].Split(ArrayDelimiter);
            if (analysis.Nodes.TryGetValue(row["id:ID"], out var metrics)) Assert.Equal("Community_" + metrics.Community, labels[1]);
            else Assert.Single(labels);
        }
        var community = Assert.Single(Rows("communities.csv"), r => r["communityId:int"] == "1");
        Assert.Equal("A \"quoted\", label\nwith <tags>", community["label"]);
    }

    [Fact]
    public void Write_WithoutAnalysis_WritesOnlyTypeLabelsAndEmptyCommunityFiles()
    {
        WriteSample(withAnalysis: false);

        Assert.All(Rows("methods.csv"), r => Assert.Equal("Method", r[":LABEL"]));
        Assert.All(Rows("methods.csv"), r => Assert.Equal("", r["pagerank:double"]));
        Assert.Empty(Rows("communities.csv"));
        Assert.Empty(Rows("in_community.csv"));
    }

    [Fact]
    public void Write_Results_KeepValuesAndEvidenceOffsets()
    {
        var (graph, _) = WriteSample();

        var rows = Rows("results.csv");
        Assert.Equal(graph.Results.Count, rows.Count);
        var first = graph.Results[0];
        Assert.Equal(first.Value.Value, double.Parse(rows[0]["value:double"], CultureInfo.InvariantCulture));
        Assert.Equal(first.Evidence.Span.Start.ToString(CultureInfo.InvariantCulture), rows[0]["start:int"]);
        Assert.Equal(rows.Count, rows.Select(r => r["id:ID"]).Distinct().Count());
    }

    [Fact]
    public void ImportCommand_Folder_ListsEveryFileAndTheDatabaseLast()
    {
        var command = Neo4jImportCsvWriter.ImportCommand("/data/pg out", "neo4j");

        Assert.StartsWith("neo4j-admin database import full --overwrite-destination=true --array-delimiter=U+001F --multiline-fields=true ", command);
        Assert.Contains("'--nodes=/data/pg out/papers.csv'", command);
        Assert.Contains("'--relationships=/data/pg out/evaluated_on.csv'", command);
        Assert.Equal(Neo4jImportCsvWriter.NodeFiles.Count, command.Split(" '--nodes=").Length - 1);
        Assert.EndsWith(" neo4j", command);
    }

    [Fact]
    public void ImportCommand_QuoteInPath_IsEscapedForTheShell()
    {
        var command = Neo4jImportCsvWriter.ImportCommand("/tmp/it's", "db'; rm -rf /");

        Assert.Contains("'--nodes=/tmp/it'\\''s/papers.csv'", command);
        Assert.EndsWith(" 'db'\\''; rm -rf /'", command);
    }
}
