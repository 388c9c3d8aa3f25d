namespace PaperGraph.Graph;

/// <summary>
/// How strongly one group names another: the number of papers in which its aliases or names fold
/// to the other's key, counted per merge reason.
/// </summary>
internal sealed class ClaimTally
{
    /// <summary>Order in which reasons win a tie: the most specific evidence first.</summary>
    public static readonly MergeReason[] Priority =
        [MergeReason.AcronymDefinition, MergeReason.Naming, MergeReason.LexiconAlias, MergeReason.DatasetSplit, MergeReason.SurfaceVariant];

    private readonly int[] counts = new int[Enum.GetValues<MergeReason>().Length];

    public int Total { get; private set; }

    public void Add(MergeReason reason, int count)
    {
        counts[(int)reason] += count;
        Total += count;
    }

    public void Add(ClaimTally other)
    {
        for (var i = 0; i < counts.Length; i++) counts[i] += other.counts[i];
        Total += other.Total;
    }

    /// <summary>The reason most papers gave; ties go to the more specific reason.</summary>
    public MergeReason Reason
    {
        get
        {
            var best = Priority[0];
            foreach (var reason in Priority)
            {
                if (counts[(int)reason] > counts[(int)best]) best = reason;
            }
            return best;
        }
    }
}
