using PaperGraph.Extraction.Canonicalization;

namespace PaperGraph.Extraction;

/// <summary>
/// Turns a paper into its entities and results. Immutable and thread-safe: build one (with
/// <see cref="ExtractorBuilder"/>, or use <see cref="Default"/>) and reuse it for every paper.
/// Output is deterministic: entities sorted by type, then name; mentions in text order.
/// </summary>
public sealed class Extractor
{
    /// <summary>The version of the extraction code; bump it whenever output may change.</summary>
    public const string CodeVersion = "extractor-3";

    private static readonly Lazy<Extractor> LazyDefault = new(() => new ExtractorBuilder().UseDefaults().Build());

    private readonly IReadOnlyList<IMentionRecognizer> recognizers;
    private readonly ExtractionCues cues;
    private readonly CandidateFilter filter;
    private readonly ResultFinder? results;

    internal Extractor(IReadOnlyList<IMentionRecognizer> recognizers, ExtractionCues cues, CandidateFilter filter, ResultFinder? results, string version)
    {
        this.recognizers = recognizers;
        this.cues = cues;
        this.filter = filter;
        this.results = results;
        Version = version;
    }

    /// <summary>The extractor with every recogniser and the embedded lexicon.</summary>
    public static Extractor Default => LazyDefault.Value;

    /// <summary>Code version plus lexicon version and options: equal versions give equal output, for caches.</summary>
    public string Version { get; }

    public PaperExtraction Extract(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var analyzed = new AnalyzedPaper(paper, cues);
        var candidates = new CandidateSet();
        foreach (var recognizer in recognizers) recognizer.Recognize(analyzed, candidates);
        filter.Apply(analyzed, candidates);
        var mentions = OverlapResolver.Resolve(candidates.Items);
        var entities = EntityAssembler.Assemble(analyzed, mentions, candidates.Links, candidates.Namings);
        IReadOnlyList<Result> found = [];
        if (results is not null)
        {
            var before = entities.Count;
            found = results.Find(analyzed, entities);
            if (entities.Count != before) entities.Sort(EntityAssembler.CompareEntities);
        }
        return new PaperExtraction(paper, entities, found);
    }
}
