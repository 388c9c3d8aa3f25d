using PaperGraph.Ingest;

namespace PaperGraph.Pipeline;

/// <summary>
/// What happened to the records of a run's inputs. Updated from the reading thread only;
/// read after the run (or for progress, where a slightly stale value is fine).
/// </summary>
public sealed class InputCounters
{
    private readonly List<ReadIssue> _issues = [];

    public long PapersRead { get; private set; }
    public long Duplicates { get; private set; }
    public long OutsideShard { get; private set; }
    /// <summary>Papers of an update's inputs that the graph being updated already holds (the earlier version is kept).</summary>
    public long AlreadyBuilt { get; private set; }
    public long RecordsSkipped { get; private set; }
    public long InputsFailed { get; private set; }

    /// <summary>The first issues of the run (capped, so a corpus of bad lines cannot fill memory).</summary>
    public IReadOnlyList<ReadIssue> Issues => _issues;

    public const int MaxIssuesKept = 1_000;

    internal void CountPaper() => PapersRead++;

    internal void CountDuplicate() => Duplicates++;

    internal void CountOutsideShard() => OutsideShard++;

    internal void CountAlreadyBuilt() => AlreadyBuilt++;

    internal void CountIssue(ReadIssue issue)
    {
        if (issue.IsFatalForInput) InputsFailed++;
        else RecordsSkipped++;
        if (_issues.Count < MaxIssuesKept) _issues.Add(issue);
    }
}
