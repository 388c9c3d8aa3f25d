using PaperGraph.Graph;
using PaperGraph.Pipeline;

namespace PaperGraph.Tests.Pipeline;

public sealed class ChangeDetectorTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("papergraph-changes-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static ManifestLine Node(string id, int hash, string path = "") => new(ManifestLine.Node, id, (UInt128)hash, path);

    private static ManifestLine Edge(string source, EdgeKind kind, string target, int hash) =>
        new(ManifestLine.Edge, GraphManifest.EdgeKey(source, kind, target), (UInt128)hash, "");

    [Fact]
    public void Compare_TwoManifests_SortsEveryKeyIntoAddedChangedRemoved()
    {
        var path = Path.Combine(root, "manifest.tsv.gz");
        // Twenty unchanged nodes keep the changes under the share that turns a change set into a full load.
        var unchanged = Enumerable.Range(0, 20).Select(i => Node($"z{i:D2}", 100 + i)).ToList();
        var previousId = ManifestFile.Write(path, [Node("a", 1, "0"), Node("b", 2, "0"), Node("c", 3), .. unchanged, Edge("a", EdgeKind.Uses, "b", 4)]);
        ManifestLine[] current =
        [
            Node("a", 1, "1"), Node("b", 9, "0"), Node("d", 5), .. unchanged,
            Edge("a", EdgeKind.Uses, "b", 4), Edge("a", EdgeKind.Uses, "d", 6),
            new ManifestLine(ManifestLine.Community, ManifestLine.CommunityKey(1), 7, ""),
        ];

        var changes = ChangeDetector.Compare(new ManifestFile(path), current, "next");

        Assert.Equal((previousId, "next"), (changes.From, changes.To));
        Assert.Equal(["d"], changes.NodesAdded);
        Assert.Equal(["b"], changes.NodesChanged);
        Assert.Equal(["c"], changes.NodesRemoved);
        Assert.Equal([new ChangedRelationship("a", EdgeKind.Uses, "d")], changes.RelationshipsAdded);
        Assert.Empty(changes.RelationshipsChanged);
        Assert.Equal([1], changes.CommunitiesAdded);
        Assert.Equal(["a"], changes.MembershipChanged);
    }

    [Fact]
    public void Compare_NoPreviousManifest_AsksForAFullLoad()
    {
        var changes = ChangeDetector.Compare(new ManifestFile(Path.Combine(root, "none.tsv.gz")), [Node("a", 1)], "id");

        Assert.True(changes.Full);
        Assert.Null(changes.From);
    }

    [Fact]
    public void Compare_PreviousManifestCutShort_AsksForAFullLoadAndSaysWhy()
    {
        var path = Path.Combine(root, "manifest.tsv.gz");
        ManifestFile.Write(path, [.. Enumerable.Range(0, 2_000).Select(i => Node($"n{i:D5}", i))]);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var changes = ChangeDetector.Compare(new ManifestFile(path), [Node("n00000", 0)], "id");

        Assert.True(changes.Full);
        Assert.Contains(path, changes.FullReason);
    }

    [Fact]
    public void Compare_MostOfTheGraphChanged_AsksForAFullLoad()
    {
        var path = Path.Combine(root, "manifest.tsv.gz");
        ManifestFile.Write(path, [Node("a", 1), Node("b", 2), Node("c", 3)]);

        var changes = ChangeDetector.Compare(new ManifestFile(path), [Node("a", 10), Node("b", 20), Node("c", 3)], "id");

        Assert.True(changes.Full);
        Assert.NotNull(changes.From);
    }
}
