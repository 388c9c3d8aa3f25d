using System.Diagnostics;
using PaperGraph.Graph;

namespace PaperGraph.Neo4j;

/// <summary>
/// Loads a knowledge graph into Neo4j over HTTP: constraints, nodes (UNWIND + MERGE on id), index
/// resampling, then relationships (MATCH, MATCH, MERGE). Every statement is a MERGE keyed on ids,
/// so loading twice changes no count and an interrupted load can simply be run again.
/// </summary>
public static class Neo4jLoader
{
    private const int DeleteBatchSize = 10_000;

    public static async Task<Neo4jLoadSummary> LoadAsync(
        KnowledgeGraph graph,
        GraphAnalysis analysis,
        Neo4jConnection connection,
        Neo4jLoadOptions options,
        IProgress<Neo4jLoadProgress>? progress,
        CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        var plan = GraphRows.Plan(graph, analysis);
        using var client = new Neo4jHttpClient(connection);
        var server = await client.ConnectAsync(ct);
        return await LoadAsync(client, Neo4jDialect.For(server), plan, options, progress, ct);
    }

    /// <summary>Counts the nodes of every PaperGraph label and the relationships of every PaperGraph type.</summary>
    public static async Task<Neo4jCounts> CountAsync(Neo4jConnection connection, CancellationToken ct)
    {
        using var client = new Neo4jHttpClient(connection);
        await client.ConnectAsync(ct);
        return await CountAsync(client, ct);
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
        Neo4jLoadPlan plan,
        Neo4jLoadOptions options,
        IProgress<Neo4jLoadProgress>? progress,
        CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var deleted = options.Wipe ? await WipeAsync(client, progress, ct) : 0;
        await CreateConstraintsAsync(client, dialect, ct);

        var clock = Stopwatch.StartNew();
        long done = 0, created = 0;
        foreach (var request in Requests(plan.Nodes.Select(g => (g.Statement, g.Rows)), options.BatchSize))
        {
            var results = await client.RunAsync(request, ct);
            created += results.Sum(r => r.Counters.NodesCreated);
            done += RowCount(request);
            progress?.Report(new Neo4jLoadProgress("nodes", done, plan.NodeRows, clock.Elapsed));
        }
        var nodes = new Neo4jPhaseSummary(plan.NodeRows, created, clock.Elapsed);

        await client.RunAsync([new CypherStatement(Neo4jDialect.ResampleIndexes)], ct);
        if (options.IndexSettle > TimeSpan.Zero) await Task.Delay(options.IndexSettle, ct);

        clock.Restart();
        done = created = 0;
        long merged = 0;
        foreach (var request in Requests(plan.Relationships.Select(g => (g.Statement, g.Rows)), options.BatchSize))
        {
            var results = await client.RunAsync(request, ct);
            created += results.Sum(r => r.Counters.RelationshipsCreated);
            merged += results.Sum(r => r.Rows.Count > 0 ? r.Rows[0][0].GetInt64() : 0);
            done += RowCount(request);
            progress?.Report(new Neo4jLoadProgress("relationships", done, plan.RelationshipRows, clock.Elapsed));
        }
        var relationships = new Neo4jPhaseSummary(plan.RelationshipRows, created, clock.Elapsed);
        await LabelCommunitiesAsync(client, plan.LabelledCommunities, progress, ct);
        return new Neo4jLoadSummary(client.Server!, deleted, nodes, relationships, total.Elapsed)
        {
            RelationshipsWithoutEndpoints = plan.RelationshipRows - merged,
        };
    }

    /// <summary>
    /// Cuts the groups into requests of at most batchSize rows. Small groups (one per community label)
    /// share a request as several statements of one transaction, so commits stay few.
    /// </summary>
    internal static IEnumerable<List<CypherStatement>> Requests(IEnumerable<(string Statement, IReadOnlyList<Row> Rows)> groups, int batchSize)
    {
        var request = new List<CypherStatement>();
        var rows = 0;
        foreach (var (statement, groupRows) in groups)
        {
            for (var start = 0; start < groupRows.Count;)
            {
                var take = Math.Min(batchSize - rows, groupRows.Count - start);
                var chunk = new Row[take];
                for (var i = 0; i < take; i++) chunk[i] = groupRows[start + i];
                request.Add(new CypherStatement(statement, new Dictionary<string, object?> { ["rows"] = chunk }));
                rows += take;
                start += take;
                if (rows == batchSize)
                {
                    yield return request;
                    request = [];
                    rows = 0;
                }
            }
        }
        if (request.Count > 0) yield return request;
    }

    /// <summary>Community_N labels for Browser colours, many statements to a request.</summary>
    private static async Task LabelCommunitiesAsync(Neo4jHttpClient client, IReadOnlyList<int> communities, IProgress<Neo4jLoadProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        foreach (var chunk in communities.Chunk(50))
        {
            var statements = chunk.Select(c => new CypherStatement(CypherStatements.LabelCommunityMembers(c),
                new Dictionary<string, object?> { ["community"] = Neo4jSchema.CommunityId(c) })).ToList();
            await client.RunAsync(statements, ct);
            done += chunk.Length;
            progress?.Report(new Neo4jLoadProgress("community labels", done, communities.Count, clock.Elapsed));
        }
    }

    private static long RowCount(List<CypherStatement> request) => request.Sum(s => (long)((Row[])s.Parameters["rows"]!).Length);

    private static async Task CreateConstraintsAsync(Neo4jHttpClient client, Neo4jDialect dialect, CancellationToken ct)
    {
        // One statement per request: schema changes cannot share a transaction with each other on 3.x.
        foreach (var label in Neo4jSchema.KeyedLabels)
        {
            try
            {
                await client.RunAsync([new CypherStatement(dialect.CreateIdConstraint(label))], ct);
            }
            catch (Neo4jException e) when (Neo4jDialect.IsAlreadyExists(e))
            {
                // An equivalent rule is already there (4.0-4.3, or an index made by hand): MERGE can use it.
            }
        }
        if (dialect.AwaitIndexes is { } awaitIndexes) await client.RunAsync([new CypherStatement(awaitIndexes)], ct);
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
        return
        [
            .. labels.Select(Neo4jDialect.V5.CreateIdConstraint),
            Neo4jDialect.V5.AwaitIndexes!,
            Neo4jDialect.ResampleIndexes,
            .. labels.Select(l => CypherStatements.MergeNodes(l)),
            CypherStatements.LabelCommunityMembers(3),
            .. types.Select(t => CypherStatements.MergeRelationships(t, Neo4jSchema.Paper, Neo4jSchema.EntityLabel(EntityType.Method))),
            .. labels.Select(CypherStatements.DeleteBatch),
            .. labels.Select(CypherStatements.CountNodes),
            .. types.Select(CypherStatements.CountRelationships),
            CypherStatements.Components,
        ];
    }
}
