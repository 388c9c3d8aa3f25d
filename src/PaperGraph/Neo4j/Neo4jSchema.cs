using System.Globalization;
using PaperGraph.Graph;

namespace PaperGraph.Neo4j;

/// <summary>
/// The only labels and relationship types PaperGraph writes: Paper, one label per entity type,
/// Result, Community and Community_N; the edge kinds and the links of results and communities.
/// The same model as the neo4j-admin CSVs (Export/Neo4jImportCsvWriter), so cypher/ works on either.
/// Statement text is built from these names alone; <see cref="Label"/> / <see cref="RelationshipType"/> refuse anything else.
/// </summary>
internal static class Neo4jSchema
{
    public const string Paper = "Paper";
    public const string Result = "Result";
    public const string Community = "Community";
    /// <summary>Paper → Result it reports.</summary>
    public const string Reports = "REPORTS";
    /// <summary>Result → its Metric.</summary>
    public const string OfMetric = "OF_METRIC";
    /// <summary>Result → the Dataset or Benchmark it was measured on.</summary>
    public const string OnTarget = "ON_TARGET";
    /// <summary>Result → the Method it was measured for.</summary>
    public const string ForMethod = "FOR_METHOD";
    /// <summary>Node → every community on its path, with the community's level.</summary>
    public const string InCommunity = "IN_COMMUNITY";
    /// <summary>Community → the community one level up.</summary>
    public const string Parent = "PARENT";

    /// <summary>The one node that records which build the database holds, for incremental loads.</summary>
    public const string BuildMarker = "PaperGraphBuild";
    /// <summary>The property of every node and relationship that names the build (or load) that last wrote it.</summary>
    public const string BuildProperty = "build";

    private const string CommunityLabelPrefix = "Community_";

    /// <summary>Every label with a uniqueness constraint on id, in load order.</summary>
    public static IReadOnlyList<string> KeyedLabels { get; } =
        [Paper, .. EntityTypes.All.Select(t => t.ToString()), Result, Community];

    /// <summary>Every relationship type, in load order.</summary>
    public static IReadOnlyList<string> RelationshipTypes { get; } =
        [.. Enum.GetValues<EdgeKind>().Select(k => k.RelationshipType()), Reports, OfMetric, OnTarget, ForMethod, InCommunity, Parent];

    public static string CommunityId(int community) => "community:" + community.ToString(CultureInfo.InvariantCulture);

    /// <summary>A result's id: its paper and its position among that paper's results in graph order.</summary>
    public static string ResultId(PaperId paper, int index) => "result:" + paper.Value + "#" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The ids of a graph's results in graph order: the loader and the CSV export must number them alike.</summary>
    public static string[] ResultIds(IReadOnlyList<ReportedResult> results)
    {
        var perPaper = new Dictionary<PaperId, int>();
        var ids = new string[results.Count];
        for (var i = 0; i < results.Count; i++)
        {
            var n = perPaper.GetValueOrDefault(results[i].Paper);
            perPaper[results[i].Paper] = n + 1;
            ids[i] = ResultId(results[i].Paper, n);
        }
        return ids;
    }

    public static string EntityLabel(EntityType type) => Label(type.ToString());

    /// <summary>The Browser-colouring label of a top-level community.</summary>
    public static string CommunityLabel(int communityId) =>
        communityId >= 0
            ? CommunityLabelPrefix + communityId.ToString(CultureInfo.InvariantCulture)
            : throw new ArgumentOutOfRangeException(nameof(communityId), "community ids are non-negative");

    /// <summary>The label of a node id as the graph writes it: "method:lora" → Method, a paper id → Paper.</summary>
    public static string LabelOfNodeId(string nodeId, ISet<string> paperIds) =>
        paperIds.Contains(nodeId)
            ? Paper
            : EntityLabelOfId(nodeId) ?? throw new InvalidDataException($"edge endpoint '{nodeId}' is neither a paper of the graph nor an entity id");

    /// <summary>Returns the label when it belongs to the fixed set, and throws otherwise.</summary>
    public static string Label(string label)
    {
        if (KeyedLabels.Contains(label, StringComparer.Ordinal) || label == BuildMarker || IsCommunityLabel(label)) return label;
        throw new ArgumentException($"'{label}' is not a PaperGraph label", nameof(label));
    }

    /// <summary>Returns the relationship type when it belongs to the fixed set, and throws otherwise.</summary>
    public static string RelationshipType(string type) =>
        RelationshipTypes.Contains(type, StringComparer.Ordinal) ? type : throw new ArgumentException($"'{type}' is not a PaperGraph relationship type", nameof(type));

    /// <summary>The community of a Community_N label, for cleaning labels a previous build left; null for any other label.</summary>
    public static int? CommunityOfLabel(string label) =>
        IsCommunityLabel(label) && int.TryParse(label.AsSpan(CommunityLabelPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    /// <summary>
    /// The label of a node id that may no longer be in the graph (a removed node): an entity id names its
    /// type before the colon; anything else is a paper.
    /// </summary>
    public static string LabelOfAnyNodeId(string nodeId, ISet<string> paperIds) =>
        paperIds.Contains(nodeId) ? Paper : EntityLabelOfId(nodeId) ?? Paper;

    private static string? EntityLabelOfId(string nodeId)
    {
        var colon = nodeId.IndexOf(':');
        return colon > 0 && EntityTypes.TryParse(nodeId[..colon], out var type) && nodeId[..colon] == type.ToString().ToLowerInvariant()
            ? EntityLabel(type)
            : null;
    }

    private static bool IsCommunityLabel(string label) =>
        label.StartsWith(CommunityLabelPrefix, StringComparison.Ordinal)
        && label.Length > CommunityLabelPrefix.Length
        && label.Length <= CommunityLabelPrefix.Length + 10
        && label.AsSpan(CommunityLabelPrefix.Length).ContainsAnyExceptInRange('0', '9') == false;
}
