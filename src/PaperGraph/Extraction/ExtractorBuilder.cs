using PaperGraph.Extraction.Acronyms;
using PaperGraph.Extraction.Canonicalization;
using PaperGraph.Extraction.Lexicon;
using PaperGraph.Extraction.Patterns;
using PaperGraph.Extraction.Results;

namespace PaperGraph.Extraction;

/// <summary>
/// Configures an <see cref="Extractor"/>: which recognisers run and with which lexicon. The
/// recognisers always run in the same order (lexicon, acronyms, patterns, name shapes, splits)
/// because later ones read what earlier ones found; acronym definitions left in doubt are settled last. <c>new ExtractorBuilder().UseDefaults().Build()</c>.
/// </summary>
public sealed class ExtractorBuilder
{
    private Lexicon.Lexicon? lexicon;
    private bool acronyms;
    private bool patterns;
    private bool nameShapes;
    private bool results;

    /// <summary>Everything: the embedded lexicon, acronyms, patterns, name shapes and results.</summary>
    public ExtractorBuilder UseDefaults() =>
        UseLexicon(PaperGraph.Extraction.Lexicon.Lexicon.Default).UseAcronyms().UsePatterns().UseNameShapes().UseResults();

    public ExtractorBuilder UseLexicon(Lexicon.Lexicon lexicon)
    {
        this.lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        return this;
    }

    /// <summary>Acronym definitions in both directions, later uses of their short forms, and the settling of doubtful ones.</summary>
    public ExtractorBuilder UseAcronyms() { acronyms = true; return this; }

    /// <summary>Proposal (active and passive), appositive, head-noun, task-phrase, list, evaluation-target, title and dataset-split patterns.</summary>
    public ExtractorBuilder UsePatterns() { patterns = true; return this; }

    /// <summary>Names known only by their shape, when repeated or confirmed by context.</summary>
    public ExtractorBuilder UseNameShapes() { nameShapes = true; return this; }

    /// <summary>Reported results (metric, value, dataset, method) and the metric entities they need.</summary>
    public ExtractorBuilder UseResults() { results = true; return this; }

    public Extractor Build()
    {
        var cues = ExtractionCues.Default;
        var index = lexicon is null ? null : new LexiconIndex(lexicon);
        var recognizers = new List<IMentionRecognizer>();
        if (index is not null) recognizers.Add(new LexiconRecognizer(index, cues));
        if (acronyms) recognizers.Add(new AcronymRecognizer(index, cues));
        if (patterns)
        {
            recognizers.Add(new ProposalPatternRecognizer(cues));
            recognizers.Add(new PassiveProposalRecognizer(cues));
            recognizers.Add(new AppositivePatternRecognizer(cues));
            recognizers.Add(new TitlePatternRecognizer(cues));
            recognizers.Add(new TitlePhraseRecognizer(cues));
            recognizers.Add(new HeadNounPatternRecognizer(cues));
            recognizers.Add(new TaskPhraseRecognizer(cues));
            recognizers.Add(new ListPatternRecognizer(cues));
            recognizers.Add(new EvaluationTargetPatternRecognizer(cues));
        }
        if (nameShapes) recognizers.Add(new NameShapeRecognizer(cues));
        if (patterns) recognizers.Add(new DatasetSplitRecognizer());
        if (acronyms) recognizers.Add(new DeferredDefinitionRecognizer(cues));
        var version = Extractor.CodeVersion + "+lexicon-" + (lexicon?.Version ?? "none") + Flags();
        return new Extractor(recognizers, cues, new CandidateFilter(index, cues), results ? new ResultFinder(ResultRecognizer.Default) : null, version);
    }

    private string Flags() =>
        (acronyms ? "" : "-acronyms") + (patterns ? "" : "-patterns") + (nameShapes ? "" : "-shapes") + (results ? "" : "-results");
}
