using System.Text.RegularExpressions;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Architecture;

/// <summary>
/// Data flows one way: vocabulary → ingest, extraction → graph → queries, survey, export, neo4j →
/// pipeline. A stage may use only stages before it (or beside it in the same layer), and the
/// analytics module uses no PaperGraph type at all so it can stand as a library of its own.
/// </summary>
public partial class LayeringTests
{
    private static readonly Dictionary<string, int> Layers = new()
    {
        [""] = 0,
        ["Ingest"] = 1,
        ["Extraction"] = 1,
        ["Analytics"] = 1,
        ["Graph"] = 2,
        ["Queries"] = 3,
        ["Survey"] = 3,
        ["Export"] = 3,
        ["Neo4j"] = 3,
        ["Pipeline"] = 4,
    };

    public static TheoryData<string> SourceFiles()
    {
        var data = new TheoryData<string>();
        var root = Path.Combine(SharedData.RepositoryRoot, "src", "PaperGraph");
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal)) continue;
            data.Add(relative.Replace('\\', '/'));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void SourceFile_UsesOnlyEarlierLayers(string relativePath)
    {
        var stage = relativePath.Contains('/') ? relativePath[..relativePath.IndexOf('/')] : "";
        Assert.True(Layers.ContainsKey(stage), $"{relativePath}: folder '{stage}' is not a known pipeline stage; add it to the layer table");
        var text = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "src", "PaperGraph", relativePath));

        foreach (Match match in StageReference().Matches(text))
        {
            var used = match.Groups["stage"].Value;
            if (used == stage || !Layers.TryGetValue(used, out var usedLayer)) continue;
            Assert.False(stage == "Analytics", $"{relativePath}: Analytics must not use PaperGraph.{used}");
            Assert.True(usedLayer <= Layers[stage], $"{relativePath}: layer {stage} must not use the later layer PaperGraph.{used}");
        }
        if (stage == "Analytics")
        {
            Assert.DoesNotMatch(RootVocabularyUse(), text);
        }
    }

    [GeneratedRegex(@"\bPaperGraph\.(?<stage>[A-Z][A-Za-z0-9]*)")]
    private static partial Regex StageReference();

    // Analytics works on ints and doubles only; the domain vocabulary is for the Graph stage to map.
    [GeneratedRegex(@"\b(Paper|PaperId|EntityType|ExtractedEntity|Mention|PaperExtraction)\b")]
    private static partial Regex RootVocabularyUse();
}
