namespace PaperGraph;

/// <summary>The kinds of entity PaperGraph extracts. Written in outputs exactly as named here.</summary>
public enum EntityType
{
    Method,
    Dataset,
    Benchmark,
    Metric,
    Task,
}

public static class EntityTypes
{
    public static IReadOnlyList<EntityType> All { get; } = Enum.GetValues<EntityType>();

    /// <summary>Datasets and benchmarks are both things methods are evaluated on.</summary>
    public static bool IsEvaluationTarget(this EntityType type) => type is EntityType.Dataset or EntityType.Benchmark;

    public static bool TryParse(string text, out EntityType type) => Enum.TryParse(text.Trim(), ignoreCase: true, out type);
}
