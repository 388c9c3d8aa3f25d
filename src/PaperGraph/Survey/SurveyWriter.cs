using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>
/// Writes an outline to disk, each file atomically (a temporary file renamed over the target), UTF-8
/// without a byte order mark. LaTeX gives two files: the .tex at the path and a .bib of the cited papers
/// beside it, written first so the .tex never names a bibliography that is not there.
/// </summary>
public static class SurveyWriter
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The format a file name asks for: .json, .tex, anything else Markdown.</summary>
    public static SurveyFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => SurveyFormat.Json,
        ".tex" => SurveyFormat.Latex,
        _ => SurveyFormat.Markdown,
    };

    /// <returns>The full paths written, in the order written.</returns>
    public static IReadOnlyList<string> Write(SurveyOutline outline, string path, SurveyFormat format)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        switch (format)
        {
            case SurveyFormat.Json:
                WriteText(full, new JsonSurveyRenderer(), outline);
                return [full];
            case SurveyFormat.Latex:
                var bib = Path.ChangeExtension(full, ".bib");
                if (string.Equals(bib, full, StringComparison.Ordinal)) full = Path.ChangeExtension(full, ".tex");
                WriteText(bib, new BibTexRenderer(), outline);
                WriteText(full, new LatexSurveyRenderer(Path.GetFileNameWithoutExtension(bib)), outline);
                return [bib, full];
            default:
                WriteText(full, new MarkdownSurveyRenderer(), outline);
                return [full];
        }
    }

    private static void WriteText(string path, ISurveyRenderer renderer, SurveyOutline outline) =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
            renderer.Render(outline, writer);
            writer.Flush();
        });
}
