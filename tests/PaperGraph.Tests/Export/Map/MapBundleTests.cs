using System.Text.Json;
using PaperGraph.Export.Map;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Export.Map;

/// <summary>
/// The page's script is a committed bundle (web/map/build.sh); its first line must name exactly the
/// packages and versions web/map/package-lock.json locks, so a changed lock without a rebuild fails here.
/// </summary>
public sealed class MapBundleTests
{
    private static readonly string Lock = Path.Combine(SharedData.RepositoryRoot, "web", "map", "package-lock.json");

    [Fact]
    public void EmbeddedBundle_Header_NamesTheLockedPackageVersions()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Lock));
        var packages = document.RootElement.GetProperty("packages").EnumerateObject().ToList();
        var shipped = packages
            .Where(p => p.Name.StartsWith("node_modules/", StringComparison.Ordinal) && !(p.Value.TryGetProperty("dev", out var dev) && dev.GetBoolean()))
            .Select(p => $"{p.Name["node_modules/".Length..]}@{p.Value.GetProperty("version").GetString()} ({p.Value.GetProperty("license").GetString()})")
            .Order(StringComparer.Ordinal);
        var esbuild = packages.Single(p => p.Name == "node_modules/esbuild").Value.GetProperty("version").GetString();

        var header = MapAssets.Read(MapAssets.ScriptName).Split('\n')[0];

        Assert.Equal($"/*! PaperGraph map (web/map/build.sh, esbuild@{esbuild}). Bundles: {string.Join(", ", shipped)}. Licences at the end. */", header);
        Assert.Contains("sigma@", header);
    }

    [Fact]
    public void EmbeddedBundle_IsTheCommittedFile()
    {
        var committed = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "src", "PaperGraph", "Export", "Map", "assets", MapAssets.ScriptName));

        Assert.Equal(committed, MapAssets.Read(MapAssets.ScriptName));
    }
}
