using System.Text;

namespace PaperGraph.Survey;

/// <summary>
/// Text from papers made inert in Markdown: the characters that start emphasis, links, code, HTML or
/// table cells (and "$", which GitHub reads as maths) are backslash-escaped (CommonMark), so a title with
/// "*", "[1]" or "&lt;script&gt;" reads as written.
/// </summary>
internal static class MarkdownText
{
    public static string Escape(string text)
    {
        var line = SurveyText.OneLine(text);
        var sb = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '&' or '$') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
