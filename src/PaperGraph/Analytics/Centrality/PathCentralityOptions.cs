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

    /// <summary>The sources to sweep from: every node when exact, else a seeded sample, sorted.</summary>
    internal int[] Sources(int n)
    {
        if (n <= ExactNodeLimit || Pivots >= n)
        {
            var all = new int[n];
            for (var i = 0; i < n; i++) all[i] = i;
            return all;
        }
        var order = new SeededRandom(Seed).Permutation(n);
        var chosen = order[..Pivots];
        Array.Sort(chosen);
        return chosen;
    }
}
