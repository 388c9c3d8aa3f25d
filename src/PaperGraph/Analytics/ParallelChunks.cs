namespace PaperGraph.Analytics;

/// <summary>
/// Splits 0..n-1 into a fixed number of contiguous chunks that depends only on n, never on the
/// machine's core count, so that floating-point sums combined chunk by chunk are the same everywhere.
/// </summary>
internal static class ParallelChunks
{
    private const int MinChunkSize = 4096;
    private const int MaxChunks = 64;

    public static int Count(int n) => n <= 0 ? 0 : Math.Clamp(n / MinChunkSize, 1, MaxChunks);

    public static (int From, int To) Range(int chunk, int n)
    {
        var count = Count(n);
        var from = (int)((long)n * chunk / count);
        var to = (int)((long)n * (chunk + 1) / count);
        return (from, to);
    }
}
