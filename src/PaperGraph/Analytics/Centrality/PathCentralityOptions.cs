namespace PaperGraph.Analytics.Centrality;

/// <summary>
/// Settings shared by the shortest-path centralities (betweenness, harmonic closeness): exact up to
/// <see cref="ExactNodeLimit"/> nodes, above it estimated from <see cref="Pivots"/> source nodes drawn
/// with <see cref="Seed"/>.
/// </summary>
public sealed record PathCentralityOptions
{
    public int ExactNodeLimit
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(ExactNodeLimit), value, "ExactNodeLimit must not be negative.");
    } = 50_000;

    public int Pivots
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Pivots), value, "Pivots must be positive.");
    } = 256;

    public long Seed { get; init; } = 1;

    public static PathCentralityOptions Default { get; } = new();

    /// <summary>Whether a graph of n nodes gets exact results (every node a source).</summary>
    internal bool IsExact(int n) => n <= ExactNodeLimit || Pivots >= n;

    /// <summary>The seeded sample of <see cref="Pivots"/> source nodes out of n, sorted.</summary>
    internal int[] DrawPivots(int n)
    {
        var chosen = new SeededRandom(Seed).Permutation(n)[..Pivots];
        Array.Sort(chosen);
        return chosen;
    }
}
