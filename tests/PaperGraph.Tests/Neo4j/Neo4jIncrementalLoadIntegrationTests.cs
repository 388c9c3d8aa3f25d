using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Neo4j;
using PaperGraph.Pipeline;
using PaperGraph.Tests.Pipeline;

namespace PaperGraph.Tests.Neo4j;

/// <summary>
/// Loads after `build --update` (and after a rebuild that drops papers) against the real server: the
/// database must end exactly as a wiped, full load of the same folder leaves it, while sending less.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jIncrementalLoadIntegrationTests : IDisposable
{
    private static readonly Neo4jLoadOptions Options = new() { BatchSize = 400, IndexSettle = TimeSpan.FromMilliseconds(100) };

    private readonly string root = Directory.CreateTempSubdirectory("papergraph-incremental-load-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Neo4jFact]
    public async Task Load_AfterUpdate_SendsOnlyTheChangesAndEndsAsAFullLoad()
    {
        var (folder, inputs) = Inputs(3);
        Pipeline().Build([inputs[0]], folder);
        var first = await LoadAsync(folder, Options with { Wipe = true });
        var update = Pipeline().Update([inputs[1]], folder);

        var incremental = await LoadAsync(folder, Options);
        var afterIncremental = await Neo4jDump.ReadAsync();

        Assert.False(update.Changes!.Full, update.Changes.FullReason);
        Assert.Equal(Neo4jLoadMode.Full, first.Mode);
        Assert.Equal(Neo4jLoadMode.Incremental, incremental.Mode);
        Assert.Equal(first.Build, incremental.PreviousBuild);
        Assert.Equal(update.BuildId, incremental.Build);
        Assert.Equal(update.Changes.NodesAdded.Count + update.Changes.NodesChanged.Count,
            incremental.Nodes.Rows - ResultsOf(folder, update.Changes) - update.Changes.CommunitiesAdded.Count - update.Changes.CommunitiesChanged.Count);
        Assert.True(incremental.Nodes.Rows + incremental.Relationships.Rows < (first.Nodes.Rows + first.Relationships.Rows) / 2,
            $"sent {incremental.Nodes.Rows} nodes and {incremental.Relationships.Rows} relationships; a full load sends {first.Nodes.Rows} and {first.Relationships.Rows}");
        Assert.Equal(0, incremental.RelationshipsWithoutEndpoints);
        await AssertSameAsFullLoadAsync(folder, afterIncremental);
    }

    [Neo4jFact]
    public async Task Load_AfterRebuildWithoutSomePapers_DeletesWhatTheBuildNoLongerHas()
    {
        var (folder, inputs) = Inputs(3);
        Pipeline().Build([inputs[0], inputs[1]], folder);
        await LoadAsync(folder, Options with { Wipe = true });
        var rebuild = Pipeline().Build([inputs[0]], folder);

        var incremental = await LoadAsync(folder, Options);
        var afterIncremental = await Neo4jDump.ReadAsync();

        Assert.False(rebuild.Changes!.Full, rebuild.Changes.FullReason);
        Assert.NotEmpty(rebuild.Changes.NodesRemoved);
        Assert.Equal(Neo4jLoadMode.Incremental, incremental.Mode);
        Assert.True(incremental.Removed >= rebuild.Changes.NodesRemoved.Count);
        await AssertSameAsFullLoadAsync(folder, afterIncremental);
    }

    [Neo4jFact]
    public async Task Load_DatabaseTwoBuildsBehind_LoadsInFullAndSweepsTheOldBuild()
    {
        var (folder, inputs) = Inputs(3);
        Pipeline().Build([inputs[0], inputs[1]], folder);
        await LoadAsync(folder, Options with { Wipe = true });
        Pipeline().Build([inputs[0]], folder);
        Pipeline().Update([inputs[2]], folder);

        var load = await LoadAsync(folder, Options);
        var afterLoad = await Neo4jDump.ReadAsync();

        Assert.Equal(Neo4jLoadMode.Full, load.Mode);
        Assert.Contains("the database holds build", load.Reason);
        Assert.True(load.Removed > 0, "the papers of the second input were not swept");
        await AssertSameAsFullLoadAsync(folder, afterLoad);
    }

    [Neo4jFact]
    public async Task Load_SameBuildAgain_SendsNothingUnlessFullIsAsked()
    {
        var (folder, inputs) = Inputs(2);
        var build = Pipeline().Build([inputs[0]], folder);
        await LoadAsync(folder, Options with { Wipe = true });

        var again = await LoadAsync(folder, Options);
        var forced = await LoadAsync(folder, Options with { Full = true });

        Assert.Equal(Neo4jLoadMode.UpToDate, again.Mode);
        Assert.Equal(0, again.RowsSent);
        Assert.Equal(Neo4jLoadMode.Full, forced.Mode);
        Assert.Equal(0, forced.Nodes.Created);
        Assert.Equal(0, forced.Removed);
        Assert.Equal(build.BuildId, await Neo4jLoader.HeldBuildAsync(Neo4jTestServer.Connection(), default));
    }

    [Neo4jFact]
    public async Task Load_IncrementalInterruptedThenRunAgain_EndsAsAFullLoad()
    {
        var (folder, inputs) = Inputs(3);
        var first = Pipeline().Build([inputs[0]], folder);
        await LoadAsync(folder, Options with { Wipe = true });
        Pipeline().Update([inputs[1]], folder);
        using var cancel = new CancellationTokenSource();
        var progress = new InlineProgress(p =>
        {
            if (p.Phase == "relationships") cancel.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LoadAsync(folder, Options with { BatchSize = 50 }, progress, cancel.Token));
        var heldAfterInterruption = await Neo4jLoader.HeldBuildAsync(Neo4jTestServer.Connection(), default);
        var rerun = await LoadAsync(folder, Options);
        var afterRerun = await Neo4jDump.ReadAsync();

        Assert.Equal(first.BuildId, heldAfterInterruption);
        Assert.Equal(Neo4jLoadMode.Incremental, rerun.Mode);
        await AssertSameAsFullLoadAsync(folder, afterRerun);
    }

    [Neo4jFact]
    public async Task Load_ChangesBetweenSurvivingNodes_DeletesRelationshipsAndReplacesResults()
    {
        var (before, analysis) = SyntheticGraph.Generate(300, seed: 5);
        var droppedEdges = before.Edges.Where((e, i) => e.Kind is EdgeKind.BuildsOn or EdgeKind.EvaluatedOn && i % 3 == 0).ToHashSet();
        var retitled = before.Papers.Where((_, i) => i % 40 == 0).Select(p => p.Id).ToHashSet();
        var after = before with
        {
            Papers = [.. before.Papers.Select(p => retitled.Contains(p.Id) ? p with { Title = p.Title + " (revised)" } : p)],
            Edges = [.. before.Edges.Where(e => !droppedEdges.Contains(e))],
            Results = [.. before.Results.Where(r => !retitled.Contains(r.Paper))],
        };
        var manifest = Path.Combine(root, "manifest.tsv.gz");
        var first = ManifestFile.Write(manifest, GraphManifest.Lines(before, analysis));
        var changes = ChangeDetector.Compare(new ManifestFile(manifest), GraphManifest.Lines(after, analysis), "") with { To = "second-build" };
        var connection = Neo4jTestServer.Connection();
        await Neo4jLoader.LoadAsync(before, analysis, new ChangeSet(null, first) { Full = true }, connection, Options with { Wipe = true }, null, default);

        var incremental = await Neo4jLoader.LoadAsync(after, analysis, changes, connection, Options, null, default);
        var afterIncremental = await Neo4jDump.ReadAsync();
        await Neo4jLoader.LoadAsync(after, analysis, changes, connection, Options with { Wipe = true }, null, default);
        var expected = await Neo4jDump.ReadAsync();

        Assert.Equal(Neo4jLoadMode.Incremental, incremental.Mode);
        Assert.Equal(droppedEdges.Count, changes.RelationshipsRemoved.Count);
        Assert.Equal(retitled.Order(), changes.NodesChanged.Select(id => new PaperId(id)).Order());
        Assert.Equal(droppedEdges.Count, incremental.Removed);
        AssertSameLines(expected.Nodes, afterIncremental.Nodes);
        AssertSameLines(expected.Relationships, afterIncremental.Relationships);
    }

    /// <summary>Wipes the database, loads the folder in full, and compares everything but the build stamps.</summary>
    private static async Task AssertSameAsFullLoadAsync(string folder, Neo4jDump actual)
    {
        await LoadAsync(folder, Options with { Wipe = true });
        var expected = await Neo4jDump.ReadAsync();
        AssertSameLines(expected.Nodes, actual.Nodes);
        AssertSameLines(expected.Relationships, actual.Relationships);
    }

    /// <summary>Equal line lists, or a message with the first lines each side has and the other lacks.</summary>
    private static void AssertSameLines(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var missing = expected.Except(actual, StringComparer.Ordinal).Take(3).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).Take(3).ToList();
        Assert.True(expected.SequenceEqual(actual, StringComparer.Ordinal),
            $"{expected.Count} lines expected, {actual.Count} found\nmissing:\n{string.Join("\n", missing)}\nextra:\n{string.Join("\n", extra)}");
    }

    private static async Task<Neo4jLoadSummary> LoadAsync(string folder, Neo4jLoadOptions options, IProgress<Neo4jLoadProgress>? progress = null, CancellationToken ct = default)
    {
        var (graph, analysis) = GraphStore.Open(folder);
        return await Neo4jLoader.LoadAsync(graph, analysis, BuildChanges.Read(folder).Changes, Neo4jTestServer.Connection(), options, progress, ct);
    }

    private static int ResultsOf(string folder, ChangeSet changes)
    {
        var upserted = changes.NodesAdded.Concat(changes.NodesChanged).ToHashSet(StringComparer.Ordinal);
        return GraphStore.Open(folder).Graph.Results.Count(r => upserted.Contains(r.Paper.Value));
    }

    private static PaperPipeline Pipeline() => new(Extractor.Default, new PipelineOptions { Parallelism = 2 });

    private (string Folder, string[] Inputs) Inputs(int parts) => (Path.Combine(root, "out"), PipelineSamples.WriteParts(root, parts));

    private sealed class InlineProgress(Action<Neo4jLoadProgress> report) : IProgress<Neo4jLoadProgress>
    {
        public void Report(Neo4jLoadProgress value) => report(value);
    }
}
