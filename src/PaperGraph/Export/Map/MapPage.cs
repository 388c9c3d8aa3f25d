using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Export.Map;

/// <summary>
/// Assembles index.html: the template with the style sheet, the data block and the script bundle
/// inlined, so the page works from the file system with no network and no other file.
/// </summary>
internal static class MapPage
{
    private static readonly Lazy<Parts> Cached = new(Load);

    public static void Write(KnowledgeGraph graph, GraphAnalysis analysis, MapOptions options, Stream stream)
    {
        var parts = Cached.Value;
        Bytes(stream, parts.BeforeStyle);
        Bytes(stream, parts.Style);
        Bytes(stream, parts.BeforeData);
        MapDataWriter.Write(graph, analysis, options, stream);
        Bytes(stream, parts.BeforeScript);
        Bytes(stream, parts.Script);
        Bytes(stream, parts.End);
    }

    private static void Bytes(Stream stream, byte[] bytes) => stream.Write(bytes);

    private static Parts Load()
    {
        var template = MapAssets.Read(MapAssets.TemplateName);
        var style = MapAssets.Read(MapAssets.StyleName);
        var script = MapAssets.Read(MapAssets.ScriptName);
        // Inlined text must not close its own element; the bundle build checks this too.
        if (script.Contains("</script", StringComparison.OrdinalIgnoreCase) || style.Contains("</style", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("A map asset contains a closing tag and cannot be inlined.");
        }
        var pieces = Split(template, "{{style}}", "{{data}}", "{{script}}");
        var utf8 = OutputFolder.Utf8;
        return new Parts(utf8.GetBytes(pieces[0]), utf8.GetBytes(style), utf8.GetBytes(pieces[1]), utf8.GetBytes(pieces[2]),
            utf8.GetBytes(script), utf8.GetBytes(pieces[3]));
    }

    /// <summary>The template cut at each marker, which must occur exactly once and in this order.</summary>
    private static string[] Split(string template, params string[] markers)
    {
        var pieces = new string[markers.Length + 1];
        var from = 0;
        for (var i = 0; i < markers.Length; i++)
        {
            var at = template.IndexOf(markers[i], from, StringComparison.Ordinal);
            if (at < 0 || template.IndexOf(markers[i], at + markers[i].Length, StringComparison.Ordinal) >= 0)
            {
                throw new InvalidOperationException($"The map template must hold {markers[i]} exactly once.");
            }
            pieces[i] = template[from..at];
            from = at + markers[i].Length;
        }
        pieces[^1] = template[from..];
        return pieces;
    }

    private sealed record Parts(byte[] BeforeStyle, byte[] Style, byte[] BeforeData, byte[] BeforeScript, byte[] Script, byte[] End);
}
