using PaperGraph.Extraction;
using PaperGraph.Ingest;

namespace PaperGraph.Pipeline;

/// <summary>
/// The facade of the library: read papers, extract, build the graph, analyse, write. Immutable
/// and reusable; each call is one run.
/// </summary>
public sealed partial class PaperPipeline(Extractor extractor, PipelineOptions options)
{
    public PaperPipeline() : this(Extractor.Default, new PipelineOptions()) { }

    public Extractor Extractor { get; } = extractor;
    public PipelineOptions Options { get; } = options;

    /// <summary>
    /// Streams the extractions of the inputs in input order, one per distinct paper. Bad records
    /// are counted in <paramref name="counters"/> and reported to <paramref name="issues"/> as
    /// they are met; under Strict the first one ends the stream with a <see cref="BadInputException"/>
    /// after every paper before it was yielded.
    /// </summary>
    public IEnumerable<PaperExtraction> Extract(
        IReadOnlyList<string> inputs,
        InputCounters counters,
        Action<ReadIssue>? issues = null,
        Func<Stream>? standardInput = null,
        CancellationToken cancellationToken = default)
    {
        var papers = DistinctPapers(PaperSources.Read(inputs, Options.Format, standardInput, cancellationToken), counters, issues);
        return OrderedParallel.Map(papers, Extractor.Extract, Options.Parallelism, cancellationToken: cancellationToken);
    }

    private IEnumerable<Paper> DistinctPapers(IEnumerable<ReadOutcome> outcomes, InputCounters counters, Action<ReadIssue>? issues)
    {
        var seen = new HashSet<PaperId>();
        foreach (var outcome in outcomes)
        {
            switch (outcome)
            {
                case ReadOutcome.Issue { Problem: var issue }:
                    counters.CountIssue(issue);
                    issues?.Invoke(issue);
                    if (Options.Strict) throw new BadInputException(issue);
                    break;
                case ReadOutcome.Read { Paper: var paper }:
                    if (Options.Shard is { } shard && !shard.Contains(paper.Id))
                    {
                        counters.CountOutsideShard();
                    }
                    else if (!seen.Add(paper.Id))
                    {
                        counters.CountDuplicate();
                    }
                    else
                    {
                        counters.CountPaper();
                        yield return paper;
                    }
                    break;
            }
        }
    }
}
