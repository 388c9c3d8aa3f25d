namespace PaperGraph.Analytics.Generators;

/// <summary>
/// Parameters of an LFR-style planted-partition graph (Lancichinetti, Fortunato, Radicchi 2008):
/// power-law degrees and community sizes, and a mixing fraction μ of every node's edges that leave its
/// community. Validated on construction of the graph (<see cref="PlantedPartitionGenerator"/>).
/// </summary>
public sealed record PlantedPartitionOptions
{
    public int Nodes { get; init; } = 10_000;
    public int MinDegree { get; init; } = 8;
    public int MaxDegree { get; init; } = 100;
    /// <summary>τ1: P(k) ∝ k^−τ1.</summary>
    public double DegreeExponent { get; init; } = 2.5;
    public int MinCommunity { get; init; } = 20;
    public int MaxCommunity { get; init; } = 500;
    /// <summary>τ2: P(s) ∝ s^−τ2.</summary>
    public double CommunityExponent { get; init; } = 1.5;
    /// <summary>μ: fraction of each node's edge ends that are matched outside its community.</summary>
    public double Mixing { get; init; } = 0.3;
    public long Seed { get; init; } = 1;

    /// <summary>
    /// The large graph: 1,000,000 nodes, degrees 8..1000, community sizes 100..5000, μ = 0.3. τ1 = 2.5
    /// gives about 10.2 million distinct weighted edges (10.17M for seed 1; 10.67M edge ends matched).
    /// </summary>
    public static PlantedPartitionOptions Large { get; } = new()
    {
        Nodes = 1_000_000, MinDegree = 8, MaxDegree = 1000, DegreeExponent = 2.5,
        MinCommunity = 100, MaxCommunity = 5000, CommunityExponent = 1.5, Mixing = 0.3,
    };

    /// <summary>
    /// The LFR-style graph for exact betweenness: 10,000 nodes, degrees 8..100 with τ1 = 2.2,
    /// communities of 20..500, μ = 0.3: about 89,000 distinct edges for seed 1.
    /// </summary>
    public static PlantedPartitionOptions Lfr10K { get; } = new() { DegreeExponent = 2.2 };

    /// <summary>The same shape with a different node count (edges scale with it).</summary>
    public PlantedPartitionOptions WithNodes(int nodes) => this with
    {
        Nodes = nodes,
        MaxCommunity = Math.Min(MaxCommunity, Math.Max(MinCommunity, nodes)),
        MinCommunity = Math.Min(MinCommunity, Math.Max(2, nodes)),
    };

    internal void Validate()
    {
        Check(Nodes >= 2, "Nodes must be at least 2.");
        Check(MinDegree >= 1 && MaxDegree >= MinDegree, "Degrees need 1 <= MinDegree <= MaxDegree.");
        Check(MinCommunity >= 2 && MaxCommunity >= MinCommunity, "Community sizes need 2 <= MinCommunity <= MaxCommunity.");
        Check(MinCommunity <= Nodes, "MinCommunity must not exceed Nodes.");
        Check(DegreeExponent > 1 && CommunityExponent > 0, "Exponents must be positive (degree exponent above 1).");
        Check(Mixing is >= 0 and <= 1, "Mixing must be in [0, 1].");
    }

    private static void Check(bool ok, string message)
    {
        if (!ok) throw new ArgumentException(message);
    }
}
