using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// The fixed set of labels and relationship types PaperGraph puts in Neo4j, and the ids of the nodes
/// it adds there beside papers and entities. Nothing read from a paper ever becomes a label or a type;
/// the per-community label is built from a community's integer id.
/// </summary>
internal static class Neo4jNames
{
    public const string Paper = "Paper";
    public const string Result = "Result";
    public const string Community = "Community";

    /// <summary>Paper → Result it reports.</summary>
    public const string Reports = "REPORTS";
    /// <summary>Result → the Metric it is a value of.</summary>
    public const string OfMetric = "OF_METRIC";
    /// <summary>Result → the Dataset or Benchmark it was measured on.</summary>
    public const string OnTarget = "ON_TARGET";
    /// <summary>Result → the Method it was measured for.</summary>
    public const string ForMethod = "FOR_METHOD";
    /// <summary>Paper or entity → each Community on its path, with the community's level.</summary>
    public const string InCommunity = "IN_COMMUNITY";
    /// <summary>Community → the community one level up that contains it.</summary>
    public const string Parent = "PARENT";

    public static string Label(EntityType type) => type.ToString();

    /// <summary>The extra label of every member of a top-level community, so that Browser can colour by it.</summary>
    public static string CommunityLabel(int community) => "Community_" + community.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string CommunityId(int community) => "community:" + community.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A result's id: its paper and its position among that paper's results in graph order.</summary>
    public static string ResultId(PaperId paper, int index) => "result:" + paper.Value + "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> RelationshipTypes { get; } =
        [.. Enum.GetValues<EdgeKind>().Select(k => k.RelationshipType()), Reports, OfMetric, OnTarget, ForMethod, InCommunity, Parent];

    /// <summary>Every label the export uses except the per-community ones.</summary>
    public static IReadOnlyList<string> Labels { get; } =
        [Paper, .. EntityTypes.All.Select(Label), Result, Community];
}
