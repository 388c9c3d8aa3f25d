namespace PaperGraph.Graph;

/// <summary>An entity with its analytics, as ranked by <see cref="GraphAnalyzer.MostCentral"/>.</summary>
public sealed record RankedEntity(EntityNode Entity, NodeMetrics Metrics);
