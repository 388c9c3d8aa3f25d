namespace PaperGraph.Survey;

/// <summary>
/// The cited papers as BibTeX @misc entries, in reference order, keyed as the .tex cites them. Titles are
/// double-braced so styles keep their casing; every field is LaTeX-escaped, so braces always balance.
/// </summary>
public sealed class BibTexRenderer : ISurveyRenderer
{
    public void Render(SurveyOutline outline, TextWriter writer)
    {
        foreach (var r in outline.References)
        {
            Line(writer, $"@misc{{{r.Key},");
            Field(writer, "title", "{" + L(r.Title) + "}");
            if (r.Authors.Count > 0) Field(writer, "author", string.Join(" and ", r.Authors.Select(L)));
            if (r.Year is int year) Field(writer, "year", SurveyText.Year(year));
            if (!string.IsNullOrWhiteSpace(r.Venue)) Field(writer, "howpublished", L(r.Venue));
            if (r.PaperId.StartsWith("arxiv:", StringComparison.Ordinal))
            {
                Field(writer, "eprint", L(r.PaperId["arxiv:".Length..]));
                Field(writer, "archiveprefix", "arXiv");
            }
            if (r.PaperId.StartsWith("doi:", StringComparison.Ordinal)) Field(writer, "doi", L(r.PaperId["doi:".Length..]));
            if (SurveyText.Link(r) is { } url && IsPlainUrl(url)) Field(writer, "url", url);
            Field(writer, "note", "PaperGraph id " + L(r.PaperId));
            Line(writer, "}");
            Line(writer, "");
        }
    }

    /// <summary>A URL BibTeX and \url can take as is: no braces, backslashes, percent signs or spaces.</summary>
    private static bool IsPlainUrl(string url) =>
        url.All(c => c > ' ' && c < 127 && c is not ('{' or '}' or '\\' or '%' or '"'));

    private static void Field(TextWriter writer, string name, string value) => Line(writer, $"  {name} = {{{value}}},");

    private static void Line(TextWriter writer, string text)
    {
        writer.Write(text);
        writer.Write('\n');
    }

    private static string L(string text) => LatexText.Escape(text);
}
