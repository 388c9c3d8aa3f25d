namespace PaperGraph.Analytics.Communities;

/// <summary>Leiden settings. Defaults: modularity, γ = 1, seed 1, θ = 0.01, iterate while an iteration improves the quality by more than 1e-6 (at most 50 times).</summary>
public sealed record LeidenOptions
{
    public QualityObjective Objective { get; init; } = QualityObjective.Modularity;

    /// <summary>γ; must be positive and finite.</summary>
    public double Resolution
    {
        get;
        init => field = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(Resolution), value, "Resolution must be positive.");
    } = 1.0;

    /// <summary>The same seed on the same graph gives the same partition.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>
    /// θ of the refinement phase: a node joins a sub-community with probability ∝ exp(gain / θ) among the
    /// non-negative gains (the paper's randomness; igraph uses 0.01 too). 0 makes the choice greedy.
    /// </summary>
    public double Randomness
    {
        get;
        init => field = value >= 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(Randomness), value, "Randomness must be zero or positive.");
    } = 0.01;

    /// <summary>
    /// Upper bound on Leiden iterations. Iterating stops earlier as soon as one iteration does not improve
    /// the quality by more than <see cref="MinImprovement"/>.
    /// </summary>
    public int MaxIterations
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxIterations), value, "MaxIterations must be positive.");
    } = 50;

    /// <summary>
    /// An iteration must raise the quality by more than this to count as an improvement; the first one
    /// that does not ends the run. Measured on modularity, or on CPM's H divided by the total edge weight.
    /// The default 1e-6 stops once further iterations only polish the sixth decimal (on the 1M-node
    /// benchmark iterations 4 to 8 add 1e-6 in all); 0 iterates until nothing changes at all.
    /// </summary>
    public double MinImprovement
    {
        get;
        init => field = value >= 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(MinImprovement), value, "MinImprovement must be zero or positive.");
    } = 1e-6;

    public static LeidenOptions Default { get; } = new();
}
