using System.Text;

namespace PaperGraph.Export.Map;

/// <summary>
/// The page's template, style sheet and script bundle, embedded in the library from
/// Export/Map/assets (the bundle is built from web/map by web/map/build.sh and committed).
/// </summary>
internal static class MapAssets
{
    public const string TemplateName = "map.html";
    public const string StyleName = "map.css";
    public const string ScriptName = "map.js";

    private const string Prefix = "PaperGraph.Export.Map.assets.";

    public static string Read(string name)
    {
        using var stream = typeof(MapAssets).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"The map asset {name} is not embedded in the library (see docs/map.md).");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
