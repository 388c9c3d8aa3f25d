namespace PaperGraph.Survey;

/// <summary>The file a survey outline is written as.</summary>
public enum SurveyFormat
{
    /// <summary>Markdown, one file.</summary>
    Markdown,
    /// <summary>The outline model as indented JSON.</summary>
    Json,
    /// <summary>A LaTeX skeleton (.tex) and the BibTeX entries of the cited papers (.bib) beside it.</summary>
    Latex,
}
