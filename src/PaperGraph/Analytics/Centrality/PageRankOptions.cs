namespace PaperGraph.Analytics.Centrality;

/// <summary>PageRank settings. Defaults: damping 0.85, iterate until the L1 change is below 1e-10.</summary>
public sealed record PageRankOptions
{
    /// <summary>Probability of following an edge rather than teleporting; in (0, 1).</summary>
    public double Damping
    {
        get;
        init => field = value is > 0 and < 1 ? value : throw new ArgumentOutOfRangeException(nameof(Damping), value, "Damping must be in (0, 1).");
    } = 0.85;

    /// <summary>
    /// Stop when the L1 norm of the change between two iterations is below this. networkx stops at
    /// n × its tol (1e-6), so <c>Tolerance = n * 1e-6</c> reproduces networkx's published figures digit for digit.
    /// </summary>
    public double Tolerance
    {
        get;
        init => field = value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(Tolerance), value, "Tolerance must be positive.");
    } = 1e-10;

    public int MaxIterations
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxIterations), value, "MaxIterations must be positive.");
    } = 1000;

    /// <summary>Follow edges in proportion to their weight (true) or uniformly (false).</summary>
    public bool Weighted { get; init; } = true;

    public static PageRankOptions Default { get; } = new();
}
