namespace PaperGraph.Analytics.Communities;

/// <summary>What Leiden maximises.</summary>
public enum QualityObjective
{
    /// <summary>
    /// Modularity with a resolution γ: Q = Σ_c [ in_c / m − γ (K_c / 2m)² ], in_c the weight inside c and
    /// K_c the total strength of c. γ = 1 is Newman–Girvan modularity; larger γ gives smaller communities.
    /// </summary>
    Modularity,

    /// <summary>
    /// Constant Potts Model (Traag, Van Dooren, Nesterov 2011): H = Σ_c [ in_c − γ n_c (n_c − 1) / 2 ],
    /// n_c the number of nodes of c. Free of modularity's resolution limit; γ is a density threshold.
    /// </summary>
    Cpm,
}
