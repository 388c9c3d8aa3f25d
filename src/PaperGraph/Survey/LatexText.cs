using System.Text;

namespace PaperGraph.Survey;

/// <summary>
/// Text from papers as LaTeX (and BibTeX) text: the ten special characters become commands, so a title
/// with "50%", "C#", "$x$" or "a_b" cannot break the document or run anything.
/// </summary>
internal static class LatexText
{
    public static string Escape(string text)
    {
        var line = SurveyText.OneLine(text);
        var sb = new StringBuilder(line.Length + 16);
        foreach (var c in line)
        {
            sb.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '$' => @"\$",
                '&' => @"\&",
                '#' => @"\#",
                '%' => @"\%",
                '_' => @"\_",
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                '<' => @"\textless{}",
                '>' => @"\textgreater{}",
                '|' => @"\textbar{}",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
