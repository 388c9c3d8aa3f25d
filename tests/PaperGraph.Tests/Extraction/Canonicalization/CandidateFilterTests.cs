using PaperGraph.Extraction;
using PaperGraph.Extraction.Canonicalization;

namespace PaperGraph.Tests.Extraction.Canonicalization;

public class CandidateFilterTests
{
    private const string Abstract = "We study planning, Prediction, parsing, Sudoku, geo-localization and tracking.";

    [Theory]
    [InlineData("planning")]
    [InlineData("Prediction")]
    [InlineData("tracking")]
    public void Apply_PatternTaskOfOneGenericWord_IsDropped(string word)
    {
        var (paper, candidates) = Candidates(word, EntityType.Task, fromLexicon: false);

        new CandidateFilter(null, ExtractionCues.Default).Apply(paper, candidates);

        Assert.Empty(candidates.Items);
    }

    [Theory]
    [InlineData("parsing", EntityType.Task, false)]
    [InlineData("Sudoku", EntityType.Task, false)]
    [InlineData("geo-localization", EntityType.Task, false)]
    [InlineData("planning", EntityType.Task, true)]
    [InlineData("planning", EntityType.Method, false)]
    public void Apply_TaskWordNameLexiconTaskOrOtherType_IsKept(string word, EntityType type, bool fromLexicon)
    {
        var (paper, candidates) = Candidates(word, type, fromLexicon);

        new CandidateFilter(null, ExtractionCues.Default).Apply(paper, candidates);

        Assert.Single(candidates.Items);
    }

    private static (AnalyzedPaper, CandidateSet) Candidates(string word, EntityType type, bool fromLexicon)
    {
        var paper = new AnalyzedPaper(TestExtraction.Paper("A title", Abstract), ExtractionCues.Default);
        var candidates = new CandidateSet();
        var start = Abstract.IndexOf(word, StringComparison.Ordinal);
        var span = new TextSpan(TextField.Abstract, start, start + word.Length);
        candidates.Add(fromLexicon
            ? new Candidate(span, type, MentionOrigin.Lexicon, CandidateEvidence.Lexicon)
            : new Candidate(span, type, MentionOrigin.Pattern, CandidateEvidence.Context));
        return (paper, candidates);
    }
}
