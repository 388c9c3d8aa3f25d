using PaperGraph.Export;
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
        var papers = DistinctPapers(PaperSources.Read(inputs, Options.Format, standardInput, cancellationToken), counters, issues, NoPapers);
        return OrderedParallel.Map(papers, p => Extractor.Extract(p.Paper!), Options.Parallelism, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Like <see cref="Extract"/>, as full-fidelity records (`extract --records`, shards): each with its
    /// content hash and its position among all papers of the inputs, counted before the shard is
    /// applied, so that shards of one input list merge back into its order.
    /// </summary>
    public IEnumerable<ExtractionRecord> ExtractRecords(
        IReadOnlyList<string> inputs,
        InputCounters counters,
        Action<ReadIssue>? issues = null,
        Func<Stream>? standardInput = null,
        CancellationToken cancellationToken = default)
    {
        var papers = DistinctPapers(PaperSources.Read(inputs, Options.Format, standardInput, cancellationToken), counters, issues, NoPapers);
        return OrderedParallel.Map(papers, p =>
        {
            var processed = Process(p, null);
            return new ExtractionRecord(processed.Extraction, processed.Content, p.Sequence);
        }, Options.Parallelism, cancellationToken: cancellationToken);
    }

    private static readonly IReadOnlySet<PaperId> NoPapers = new HashSet<PaperId>();

    /// <summary>The header of the record files this pipeline writes.</summary>
    public ExtractionRecordHeader RecordHeader => new(Extractor.Version) { Shard = Options.Shard?.ToString() };

    /// <summary>
    /// The papers of the inputs that are in the shard, not in the graph being updated (<paramref name="built"/>)
    /// and not seen before, numbered by their position among all papers read.
    /// </summary>
    private IEnumerable<PendingPaper> DistinctPapers(
        IEnumerable<ReadOutcome> outcomes, InputCounters counters, Action<ReadIssue>? issues, IReadOnlySet<PaperId> built)
    {
        var seen = new HashSet<PaperId>();
        long sequence = 0;
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
                    var position = sequence++;
                    if (Options.Shard is { } shard && !shard.Contains(paper.Id))
                    {
                        counters.CountOutsideShard();
                    }
                    else if (built.Contains(paper.Id))
                    {
                        counters.CountAlreadyBuilt();
                    }
                    else if (!seen.Add(paper.Id))
                    {
                        counters.CountDuplicate();
                    }
                    else
                    {
                        counters.CountPaper();
                        yield return new PendingPaper(position) { Paper = paper };
                    }
                    break;
            }
        }
    }

    /// <summary>Runs on the workers: parses a record, or finds a paper in the cache, or extracts it.</summary>
    private ProcessedPaper Process(PendingPaper item, CacheLookup? cache)
    {
        if (item.Record is { } raw)
        {
            var record = raw.Parse();
            if (!item.Reextract) return new ProcessedPaper(record.Extraction, record.Content, Reused: true);
            return new ProcessedPaper(Extractor.Extract(record.Extraction.Paper), record.Content, Reused: false);
        }
        var paper = item.Paper!;
        var content = ContentHash.Of(paper);
        if (cache is not null && cache.TryTake(content, out var entities, out var results))
        {
            return new ProcessedPaper(new PaperExtraction(paper, entities, results), content, Reused: true);
        }
        return new ProcessedPaper(Extractor.Extract(paper), content, Reused: false);
    }
}
