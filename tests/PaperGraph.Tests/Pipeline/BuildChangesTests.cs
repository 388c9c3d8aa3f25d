using PaperGraph.Graph;
using PaperGraph.Pipeline;

namespace PaperGraph.Tests.Pipeline;

public sealed class BuildChangesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("papergraph-build-changes-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Read_WhatTheWriterWrote_GivesTheSameChangeSet()
    {
        var written = new ChangeSet("from-build", "to-build")
        {
            NodesAdded = ["arxiv:2401.00001", "method:lora"],
            NodesChanged = ["dataset:imagenet"],
            NodesRemoved = ["title:\u00e9t\u00e9"],
            RelationshipsAdded = [new ChangedRelationship("arxiv:2401.00001", EdgeKind.Uses, "method:lora")],
            RelationshipsChanged = [new ChangedRelationship("method:lora", EdgeKind.BuildsOn, "method:transformer")],
            RelationshipsRemoved = [new ChangedRelationship("method:lora", EdgeKind.EvaluatedOn, "dataset:glue")],
            CommunitiesAdded = [7],
            CommunitiesChanged = [1, 3],
            CommunitiesRemoved = [12],
            MembershipChanged = ["method:lora"],
        };
        WriteBuild("to-build", written);

        var read = BuildChanges.Read(root);

        Assert.Null(read.Problem);
        var changes = read.Changes!;
        Assert.Equal((written.From, written.To, written.Full), (changes.From, changes.To, changes.Full));
        Assert.Equal(written.NodesAdded, changes.NodesAdded);
        Assert.Equal(written.NodesChanged, changes.NodesChanged);
        Assert.Equal(written.NodesRemoved, changes.NodesRemoved);
        Assert.Equal(written.RelationshipsAdded, changes.RelationshipsAdded);
        Assert.Equal(written.RelationshipsChanged, changes.RelationshipsChanged);
        Assert.Equal(written.RelationshipsRemoved, changes.RelationshipsRemoved);
        Assert.Equal(written.CommunitiesAdded, changes.CommunitiesAdded);
        Assert.Equal(written.CommunitiesChanged, changes.CommunitiesChanged);
        Assert.Equal(written.CommunitiesRemoved, changes.CommunitiesRemoved);
        Assert.Equal(written.MembershipChanged, changes.MembershipChanged);
    }

    [Fact]
    public void Read_FullChangeSet_KeepsItsReason()
    {
        WriteBuild("b2", new ChangeSet("b1", "b2") { Full = true, FullReason = "9 changes: more than half the graph" });

        var changes = BuildChanges.Read(root).Changes!;

        Assert.True(changes.Full);
        Assert.Equal("9 changes: more than half the graph", changes.FullReason);
    }

    [Fact]
    public void Read_NoBuildRecord_NoChangesAndSaysWhy()
    {
        var read = BuildChanges.Read(root);

        Assert.Null(read.Changes);
        Assert.Contains("no build record", read.Problem);
    }

    [Fact]
    public void Read_BuildStoppedBeforeChangesJson_NoChangesAndSaysWhy()
    {
        WriteBuild("b2", changes: null);

        var read = BuildChanges.Read(root);

        Assert.Null(read.Changes);
        Assert.Contains("no changes.json", read.Problem);
    }

    [Fact]
    public void Read_ChangesJsonOfAnotherBuild_NoChangesAndNamesBoth()
    {
        WriteBuild("b3", new ChangeSet("b1", "b2"));

        var read = BuildChanges.Read(root);

        Assert.Null(read.Changes);
        Assert.Contains("describes build b2, not the folder's build b3", read.Problem);
    }

    [Theory]
    [InlineData("{\"schema\": \"papergraph/changes@1\", \"to\": \"b2\"")]
    [InlineData("{\"schema\": \"papergraph/changes@1\", \"from\": \"b1\", \"to\": \"b2\", \"full\": false}")]
    [InlineData("{\"schema\": \"papergraph/changes@9\", \"to\": \"b2\"}")]
    public void Read_DamagedChangesJson_NoChangesAndSaysWhy(string text)
    {
        WriteBuild("b2", changes: null);
        File.WriteAllText(Path.Combine(root, ChangesJsonWriter.FileName), text);

        var read = BuildChanges.Read(root);

        Assert.Null(read.Changes);
        Assert.StartsWith("changes.json is", read.Problem);
    }

    private void WriteBuild(string buildId, ChangeSet? changes)
    {
        var folder = new BuildFolder(root);
        Directory.CreateDirectory(Path.GetDirectoryName(folder.InfoFile)!);
        new BuildInfo(buildId, "extractor-1", ["in.jsonl"], 1.0, 42, 10).Write(folder.InfoFile);
        if (changes is not null) ChangesJsonWriter.Write(changes, folder.ChangesFile);
    }
}
