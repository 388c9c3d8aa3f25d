using System.Diagnostics;
using PaperGraph.Graph;

namespace PaperGraph.Neo4j;

/// <summary>
/// Loads a knowledge graph into Neo4j over HTTP. A full load sends constraints, nodes (UNWIND + MERGE on
/// id), index resampling, then relationships (MATCH, MATCH, MERGE), and deletes what an earlier load left
/// that this graph no longer has. After `build --update` it sends only what changes.json lists
/// (Neo4jLoader.Incremental.cs). The database records the build it holds in one :PaperGraphBuild node, set
/// last: an interrupted load of either kind can simply be run again.
/// </summary>
public static partial class Neo4jLoader
{
    private const int DeleteBatchSize = 10_000;

    /// <summary>A full load of a graph that no build record names (nothing is recorded as held).</summary>
    public static Task<Neo4jLoadSummary> LoadAsync(
        KnowledgeGraph graph,
        GraphAnalysis analysis,
        Neo4jConnection connection,
        Neo4jLoadOptions options,
        IProgress<Neo4jLoadProgress>? progress,
        CancellationToken ct) =>
        LoadAsync(graph, analysis, null, connection, options, progress, ct);

    /// <summary>
    /// Loads build <paramref name="changes"/>.To: only its changes when the database holds the build they
    /// start from, nothing when it holds this build, else everything. Null changes: a full load, no build recorded.
    /// </summary>
    public static async Task<Neo4jLoadSummary> LoadAsync(
        KnowledgeGraph graph,
        GraphAnalysis analysis,
        ChangeSet? changes,
        Neo4jConnection connection,
        Neo4jLoadOptions options,
        IProgress<Neo4jLoadProgress>? progress,
        CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        using var client = new Neo4jHttpClient(connection);
        var server = await client.ConnectAsync(ct);
        return await LoadAsync(client, Neo4jDialect.For(server), graph, analysis, changes, options, progress, ct);
    }

    /// <summary>Counts the nodes of every PaperGraph label and the relationships of every PaperGraph type.</summary>
    public static async Task<Neo4jCounts> CountAsync(Neo4jConnection connection, CancellationToken ct)
    {
        using var client = new Neo4jHttpClient(connection);
        await client.ConnectAsync(ct);
        return await CountAsync(client, ct);
    }

    /// <summary>The build the database holds, as the last complete load recorded it; null when none.</summary>
    public static async Task<string?> HeldBuildAsync(Neo4jConnection connection, CancellationToken ct)
    {
        using var client = new Neo4jHttpClient(connection);
        await client.ConnectAsync(ct);
        return await HeldBuildAsync(client, ct);
    }

    internal static async Task<Neo4jCounts> CountAsync(Neo4jHttpClient client, CancellationToken ct)
    {
        var types = Neo4jSchema.RelationshipTypes;
        var statements = Neo4jSchema.KeyedLabels.Select(CypherStatements.CountNodes)
            .Concat(types.Select(CypherStatements.CountRelationships))
            .Select(s => new CypherStatement(s)).ToList();
        var results = await client.RunAsync(statements, ct);
        var labels = Neo4jSchema.KeyedLabels.Select((l, i) => (l, results[i].Rows[0][0].GetInt64())).ToDictionary(x => x.l, x => x.Item2, StringComparer.Ordinal);
        var rels = types.Select((t, i) => (t, results[Neo4jSchema.KeyedLabels.Count + i].Rows[0][0].GetInt64())).ToDictionary(x => x.t, x => x.Item2, StringComparer.Ordinal);
        return new Neo4jCounts(labels, rels);
    }

    internal static async Task<Neo4jLoadSummary> LoadAsync(
        Neo4jHttpClient client,
        Neo4jDialect dialect,
        KnowledgeGraph graph,
        GraphAnalysis analysis,
        ChangeSet? changes,
        Neo4jLoadOptions options,
        IProgress<Neo4jLoadProgress>? progress,
        CancellationToken ct)
    {
        var held = await HeldBuildAsync(client, ct);
        var (mode, reason) = Decide(held, changes, options);
        var summary = mode switch
        {
            Neo4jLoadMode.UpToDate => new Neo4jLoadSummary(client.Server!, 0, Neo4jPhaseSummary.None, Neo4jPhaseSummary.None, TimeSpan.Zero),
            Neo4jLoadMode.Incremental => await LoadChangesAsync(new LoadRun(client, dialect, options, progress, ct), graph, analysis, changes!),
            _ => await LoadAllAsync(new LoadRun(client, dialect, options, progress, ct), graph, analysis, changes),
        };
        return summary with { Mode = mode, Reason = reason, PreviousBuild = held, Build = changes?.To };
    }

    /// <summary>Whether to send everything, only the changes, or nothing, and why.</summary>
    internal static (Neo4jLoadMode Mode, string? Reason) Decide(string? held, ChangeSet? changes, Neo4jLoadOptions options)
    {
        if (options.Wipe) return (Neo4jLoadMode.Full, "the database was wiped first");
        if (changes is null) return (Neo4jLoadMode.Full, "the graph's folder does not say which build it is");
        if (options.Full) return (Neo4jLoadMode.Full, "a full load was asked for");
        if (held == changes.To) return (Neo4jLoadMode.UpToDate, $"the database already holds build {held}");
        if (held is null) return (Neo4jLoadMode.Full, "the database holds no build recorded by PaperGraph");
        if (changes.Full) return (Neo4jLoadMode.Full, changes.FullReason ?? "the build asks for a full load");
        if (changes.From != held) return (Neo4jLoadMode.Full, $"the database holds build {held}, and the changes start from {changes.From ?? "no build"}");
        return (Neo4jLoadMode.Incremental, null);
    }

    /// <summary>What every step of one load needs besides the graph.</summary>
    private sealed record LoadRun(Neo4jHttpClient Client, Neo4jDialect Dialect, Neo4jLoadOptions Options, IProgress<Neo4jLoadProgress>? Progress, CancellationToken Ct);

    private static async Task<Neo4jLoadSummary> LoadAllAsync(LoadRun run, KnowledgeGraph graph, GraphAnalysis analysis, ChangeSet? changes)
    {
        var (client, dialect, options, progress, ct) = run;
        var total = Stopwatch.StartNew();
        var steps = new List<Neo4jLoadStep>();
        // Until this load ends the database holds no known build: an interrupted load must not pass for the old one.
        await RunAsync(client, CypherStatements.ForgetBuild, ct);
        long deleted = 0;
        if (options.Wipe)
        {
            deleted = await WipeAsync(client, progress, ct);
            steps.Add(new Neo4jLoadStep("wipe", 0, total.Elapsed));
        }
        var heldAnything = !options.Wipe && (await CountAsync(client, ct)).Nodes > 0;
        await CreateConstraintsAsync(client, dialect, ct);

        // A graph without a build id still needs a stamp of its own, so that the sweep tells this load's rows from older ones.
        var stamp = changes?.To ?? "load:" + Guid.NewGuid().ToString("N");
        var plan = GraphRows.Plan(graph, analysis, stamp);
        var nodes = await SendAsync(client, plan.Nodes.Select(g => (g.Statement, g.Rows)), plan.NodeRows, "nodes", options.BatchSize, progress, ct);
        await ResampleIndexesAsync(client, options, ct);
        var relationships = await SendAsync(client, plan.Relationships.Select(g => (g.Statement, g.Rows)), plan.RelationshipRows, "relationships", options.BatchSize, progress, ct);

        var clock = Stopwatch.StartNew();
        long removed = 0;
        if (heldAnything)
        {
            removed = await SweepAsync(client, stamp, progress, ct);
            steps.Add(new Neo4jLoadStep("sweep", 0, clock.Elapsed));
            clock.Restart();
        }
        // On a database that held a graph, any Community_N label there may be stale, not only this build's.
        var labelled = heldAnything ? [.. (await CommunityLabelsAsync(client, ct)).Union(plan.LabelledCommunities).Order()] : plan.LabelledCommunities;
        await RefreshCommunityLabelsAsync(client, labelled, progress, ct);
        steps.Add(new Neo4jLoadStep("community labels", labelled.Count, clock.Elapsed));
        if (changes is not null) await RecordBuildAsync(client, changes.To, ct);
        return new Neo4jLoadSummary(client.Server!, deleted, nodes.Phase(nodes.NodesCreated), relationships.Phase(relationships.RelationshipsCreated), total.Elapsed)
        {
            Removed = removed,
            Steps = steps,
            RelationshipsWithoutEndpoints = plan.RelationshipRows - relationships.FirstColumn,
        };
    }

    /// <summary>Deletes the nodes and relationships that carry another stamp: what earlier loads wrote and this graph no longer has.</summary>
    private static async Task<long> SweepAsync(Neo4jHttpClient client, string stamp, IProgress<Neo4jLoadProgress>? progress, CancellationToken ct)
    {
        var statements = Neo4jSchema.KeyedLabels.Select(CypherStatements.SweepNodes)
            .Concat(Neo4jSchema.RelationshipTypes.Select(CypherStatements.SweepRelationships));
        var clock = Stopwatch.StartNew();
        long deleted = 0;
        foreach (var text in statements)
        {
            var statement = new CypherStatement(text, new Dictionary<string, object?> { ["build"] = stamp, ["limit"] = DeleteBatchSize });
            long n;
            do
            {
                n = (await client.RunAsync([statement], ct))[0].Rows[0][0].GetInt64();
                deleted += n;
                progress?.Report(new Neo4jLoadProgress("sweep", deleted, deleted, clock.Elapsed));
            }
            while (n > 0);
        }
        return deleted;
    }

    /// <summary>Deletes every node with a PaperGraph label, in batches so no transaction grows unbounded.</summary>
    private static async Task<long> WipeAsync(Neo4jHttpClient client, IProgress<Neo4jLoadProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        long deleted = 0;
        foreach (var label in Neo4jSchema.KeyedLabels)
        {
            var statement = new CypherStatement(CypherStatements.DeleteBatch(label), new Dictionary<string, object?> { ["limit"] = DeleteBatchSize });
            while (true)
            {
                var n = (await client.RunAsync([statement], ct))[0].Rows[0][0].GetInt64();
                deleted += n;
                progress?.Report(new Neo4jLoadProgress("wipe", deleted, deleted, clock.Elapsed));
                if (n == 0) break;
            }
        }
        return deleted;
    }

    /// <summary>The v5 statement templates the loader sends, for the offline Cypher 5 lint (scripts/lint-cypher.mjs).</summary>
    internal static IReadOnlyList<string> V5Templates()
    {
        var labels = Neo4jSchema.KeyedLabels;
        var types = Neo4jSchema.RelationshipTypes;
        var method = Neo4jSchema.EntityLabel(EntityType.Method);
        return
        [
            .. labels.Select(Neo4jDialect.V5.CreateIdConstraint),
            Neo4jDialect.V5.AwaitIndexes!,
            Neo4jDialect.ResampleIndexes,
            .. labels.Select(l => CypherStatements.MergeNodes(l)),
            CypherStatements.RefreshCommunityLabel(3),
            .. types.Select(t => CypherStatements.MergeRelationships(t, Neo4jSchema.Paper, method)),
            .. labels.Select(CypherStatements.DeleteBatch),
            .. labels.Select(CypherStatements.CountNodes),
            .. types.Select(CypherStatements.CountRelationships),
            CypherStatements.Components,
            .. labels.Select(CypherStatements.DeleteNodes),
            CypherStatements.DeleteResultsOfPapers,
            CypherStatements.DeleteRelationships(EdgeKind.Uses.RelationshipType(), Neo4jSchema.Paper, method),
            CypherStatements.DeleteOutgoing(Neo4jSchema.Community, Neo4jSchema.Parent),
            CypherStatements.DeleteOutgoing(method, Neo4jSchema.InCommunity),
            CypherStatements.SetAnalytics(method),
            CypherStatements.SetCommunityLevels,
            CypherStatements.CommunityLabelsOf(method),
            CypherStatements.Labels,
            .. labels.Select(CypherStatements.SweepNodes),
            .. types.Select(CypherStatements.SweepRelationships),
            CypherStatements.ReadBuild,
            CypherStatements.RecordBuild,
            CypherStatements.ForgetBuild,
        ];
    }
}
