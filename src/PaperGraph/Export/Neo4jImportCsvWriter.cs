using PaperGraph.Neo4j;
using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// Writes the graph as CSV files in the header format of `neo4j-admin database import full`
/// (Neo4j 5): one node file per label, one relationship file per type, one global id space (paper ids,
/// entity ids, "result:...", "community:..."), so relationships need no id groups.
/// <see cref="ImportCommand"/> gives the command that loads them.
/// </summary>
internal sealed class Neo4jImportCsvWriter(string subfolder = Neo4jImportCsvWriter.DefaultFolder) : IGraphWriter
{
    /// <summary>Where a build puts the CSV files inside its output folder.</summary>
    public const string DefaultFolder = "neo4j-import";

    private static readonly string[] MetricColumns =
        ["pagerank:double", "betweenness:double", "degree:double", "closeness:double", "community:int", "communityPath:int[]"];

    private static readonly string[] EvidenceColumns =
        ["evidencePapers:string[]", "evidenceFields:string[]", "evidenceStarts:int[]", "evidenceEnds:int[]", "sentenceStarts:int[]", "sentenceEnds:int[]"];

    public static IReadOnlyList<string> NodeFiles { get; } =
        ["papers.csv", .. EntityTypes.All.Select(EntityFile), "results.csv", "communities.csv"];

    public static IReadOnlyList<string> RelationshipFiles { get; } =
        [.. Neo4jSchema.RelationshipTypes.Select(t => t.ToLowerInvariant() + ".csv")];

    public void Write(KnowledgeGraph graph, GraphAnalysis analysis, OutputFolder folder) =>
        WriteTo(graph, analysis, subfolder.Length == 0 ? folder : folder.Sub(subfolder));

    /// <summary>Writes every file of <see cref="NodeFiles"/> and <see cref="RelationshipFiles"/> into the folder, each atomically.</summary>
    public static void WriteTo(KnowledgeGraph graph, GraphAnalysis analysis, OutputFolder folder)
    {
        var labelled = analysis.Communities.Count > 0;
        folder.WriteText("papers.csv", w => WritePapers(new Neo4jCsvRow(w), graph, analysis, labelled));
        foreach (var type in EntityTypes.All)
        {
            folder.WriteText(EntityFile(type), w => WriteEntities(new Neo4jCsvRow(w), graph.Entities.Where(e => e.Type == type), analysis, labelled));
        }
        foreach (var kind in Enum.GetValues<EdgeKind>())
        {
            folder.WriteText(FileOf(kind.RelationshipType()), w => WriteEdges(new Neo4jCsvRow(w), graph.Edges.Where(e => e.Kind == kind)));
        }
        Neo4jResultCsv.Write(graph, folder);
        Neo4jCommunityCsv.Write(graph, analysis, folder);
    }

    /// <summary>
    /// The neo4j-admin command (Neo4j 5) that imports the files in <paramref name="csvDir"/> into
    /// <paramref name="database"/>, replacing it. Neo4j must be stopped, or the database not yet created.
    /// Paths are absolute and quoted for a POSIX shell where needed.
    /// </summary>
    public static string ImportCommand(string csvDir, string database)
    {
        var dir = Path.GetFullPath(csvDir);
        var parts = new List<string>
        {
            "neo4j-admin", "database", "import", "full",
            "--overwrite-destination=true",
            "--array-delimiter=U+001F",
            // Abstracts can hold line breaks inside their quoted fields.
            "--multiline-fields=true",
        };
        parts.AddRange(NodeFiles.Select(f => ShellQuote("--nodes=" + Path.Combine(dir, f))));
        parts.AddRange(RelationshipFiles.Select(f => ShellQuote("--relationships=" + Path.Combine(dir, f))));
        parts.Add(ShellQuote(database));
        return string.Join(' ', parts);
    }

    internal static string FileOf(string relationshipType) => relationshipType.ToLowerInvariant() + ".csv";

    internal static IEnumerable<string> LabelsOf(string label, NodeMetrics? metrics, bool labelled) =>
        labelled && metrics is { Community: >= 0 } ? [label, Neo4jSchema.CommunityLabel(metrics.Community)] : [label];

    internal static void Metrics(Neo4jCsvRow row, NodeMetrics? metrics)
    {
        row.Double(metrics?.PageRank).Double(metrics?.Betweenness).Double(metrics?.Degree).Double(metrics?.Closeness);
        row.Int(metrics is { Community: >= 0 } ? metrics.Community : null);
        row.Ints(metrics?.CommunityPath ?? []);
    }

    private static string EntityFile(EntityType type) => type.ToString().ToLowerInvariant() + "s.csv";

    private static void WritePapers(Neo4jCsvRow row, KnowledgeGraph graph, GraphAnalysis analysis, bool labelled)
    {
        row.Header(["id:ID", ":LABEL", "title", "abstract", "year:int", "date", "venue", "url", "authors:string[]", .. MetricColumns]);
        foreach (var paper in graph.Papers)
        {
            var metrics = analysis.Nodes.GetValueOrDefault(paper.Id.Value);
            row.Text(paper.Id.Value).Texts(LabelsOf(Neo4jSchema.Paper, metrics, labelled))
                .Text(paper.Title).Text(paper.Abstract).Int(paper.Year).Text(paper.Date).Text(paper.Venue).Text(paper.Url)
                .Texts(paper.Authors);
            Metrics(row, metrics);
            row.End();
        }
    }

    private static void WriteEntities(Neo4jCsvRow row, IEnumerable<EntityNode> entities, GraphAnalysis analysis, bool labelled)
    {
        row.Header(["id:ID", ":LABEL", "name", "type", "aliases:string[]", "aliasReasons:string[]", "paperCount:int", "mentionCount:int",
            "proposedBy:string[]", "papers:string[]", .. MetricColumns]);
        foreach (var entity in entities)
        {
            var metrics = analysis.Nodes.GetValueOrDefault(entity.Id.Value);
            row.Text(entity.Id.Value).Texts(LabelsOf(Neo4jSchema.EntityLabel(entity.Type), metrics, labelled))
                .Text(entity.Name).Text(entity.Type.ToString())
                .Texts(entity.Aliases.Select(a => a.Name)).Texts(entity.Aliases.Select(a => a.Reason.ToString()))
                .Int(entity.PaperCount).Int(entity.MentionCount)
                .Texts(entity.ProposedBy.Select(p => p.Value))
                .Texts(entity.Evidence.Select(e => e.Paper.Value).Distinct());
            Metrics(row, metrics);
            row.End();
        }
    }

    private static void WriteEdges(Neo4jCsvRow row, IEnumerable<GraphEdge> edges)
    {
        row.Header([":START_ID", ":END_ID", ":TYPE", "weight:int", .. EvidenceColumns]);
        foreach (var edge in edges)
        {
            row.Text(edge.Source).Text(edge.Target).Text(edge.Kind.RelationshipType()).Int(edge.Weight)
                .Texts(edge.Evidence.Select(e => e.Paper.Value))
                .Texts(edge.Evidence.Select(e => GraphJsonNames.Field(e.Span.Field)))
                .Ints(edge.Evidence.Select(e => e.Span.Start)).Ints(edge.Evidence.Select(e => e.Span.End))
                .Ints(edge.Evidence.Select(e => e.Sentence.Start)).Ints(edge.Evidence.Select(e => e.Sentence.End));
            row.End();
        }
    }

    private static string ShellQuote(string argument)
    {
        if (argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "_-./:=@%+,".Contains(c))) return argument;
        return "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
