using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction;

/// <summary>A paper with both fields tokenized and split into sentences, shared by every recogniser.</summary>
internal sealed class AnalyzedPaper
{
    public AnalyzedPaper(Paper paper, ExtractionCues cues)
    {
        Paper = paper;
        Title = new AnalyzedField(TextField.Title, paper.Title ?? "", cues);
        Abstract = new AnalyzedField(TextField.Abstract, paper.Abstract ?? "", cues);
        Fields = [Title, Abstract];
    }

    public Paper Paper { get; }

    public AnalyzedField Title { get; }

    public AnalyzedField Abstract { get; }

    /// <summary>Title first, then abstract: the order mentions are read in.</summary>
    public IReadOnlyList<AnalyzedField> Fields { get; }

    public AnalyzedField this[TextField field] => field == TextField.Title ? Title : Abstract;

    public string Slice(TextSpan span) => this[span.Field].Text[span.Start..span.End];

    public ReadOnlySpan<char> Chars(TextSpan span) => this[span.Field].Text.AsSpan(span.Start, span.Length);
}
