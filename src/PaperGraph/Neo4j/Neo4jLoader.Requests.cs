using System.Diagnostics;

namespace PaperGraph.Neo4j;

public static partial class Neo4jLoader
{
    /// <summary>What the requests of one phase did, summed over every statement.</summary>
    private readonly record struct SendTotals(long Rows, long NodesCreated, long RelationshipsCreated, long FirstColumn, TimeSpan Elapsed)
    {
        public Neo4jPhaseSummary Phase(long created) => new(Rows, created, Elapsed);
    }

    /// <summary>Sends each group's rows through its statement, batchSize rows to a request, and sums what came back.</summary>
    private static async Task<SendTotals> SendAsync<T>(
        Neo4jHttpClient client,
        IEnumerable<(string Statement, IReadOnlyList<T> Rows)> groups,
        long total,
        string phase,
        int batchSize,
        IProgress<Neo4jLoadProgress>? progress,
        CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        long done = 0, nodesCreated = 0, relationshipsCreated = 0, firstColumn = 0;
        foreach (var request in Requests(groups, batchSize))
        {
            foreach (var result in await client.RunAsync(request, ct))
            {
                nodesCreated += result.Counters.NodesCreated;
                relationshipsCreated += result.Counters.RelationshipsCreated;
                firstColumn += result.Rows.Count > 0 ? result.Rows[0][0].GetInt64() : 0;
            }
            done += request.Sum(s => (long)((Array)s.Parameters["rows"]!).Length);
            progress?.Report(new Neo4jLoadProgress(phase, done, total, clock.Elapsed));
        }
        return new SendTotals(done, nodesCreated, relationshipsCreated, firstColumn, clock.Elapsed);
    }

    /// <summary>
    /// Cuts the groups into requests of at most batchSize rows. Small groups (one per community label)
    /// share a request as several statements of one transaction, so commits stay few.
    /// </summary>
    internal static IEnumerable<List<CypherStatement>> Requests<T>(IEnumerable<(string Statement, IReadOnlyList<T> Rows)> groups, int batchSize)
    {
        var request = new List<CypherStatement>();
        var rows = 0;
        foreach (var (statement, groupRows) in groups)
        {
            for (var start = 0; start < groupRows.Count;)
            {
                var take = Math.Min(batchSize - rows, groupRows.Count - start);
                var chunk = new T[take];
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

    private static Task<IReadOnlyList<StatementResult>> RunAsync(Neo4jHttpClient client, string statement, CancellationToken ct, Dictionary<string, object?>? parameters = null) =>
        client.RunAsync([parameters is null ? new CypherStatement(statement) : new CypherStatement(statement, parameters)], ct);

    private static async Task<string?> HeldBuildAsync(Neo4jHttpClient client, CancellationToken ct)
    {
        var rows = (await RunAsync(client, CypherStatements.ReadBuild, ct))[0].Rows;
        return rows.Count > 0 ? rows[0][0].GetString() : null;
    }

    private static Task RecordBuildAsync(Neo4jHttpClient client, string build, CancellationToken ct) =>
        RunAsync(client, CypherStatements.RecordBuild, ct, new Dictionary<string, object?> { ["build"] = build });

    private static async Task CreateConstraintsAsync(Neo4jHttpClient client, Neo4jDialect dialect, CancellationToken ct)
    {
        // One statement per request: schema changes cannot share a transaction with each other on 3.x.
        foreach (var label in Neo4jSchema.KeyedLabels)
        {
            try
            {
                await RunAsync(client, dialect.CreateIdConstraint(label), ct);
            }
            catch (Neo4jException e) when (Neo4jDialect.IsAlreadyExists(e))
            {
                // An equivalent rule is already there (4.0-4.3, or an index made by hand): MERGE can use it.
            }
        }
        if (dialect.AwaitIndexes is { } awaitIndexes) await RunAsync(client, awaitIndexes, ct);
    }

    private static async Task ResampleIndexesAsync(Neo4jHttpClient client, Neo4jLoadOptions options, CancellationToken ct)
    {
        await RunAsync(client, Neo4jDialect.ResampleIndexes, ct);
        if (options.IndexSettle > TimeSpan.Zero) await Task.Delay(options.IndexSettle, ct);
    }

    /// <summary>Refreshes the Community_N labels (Browser colours) of these communities, many statements to a request.</summary>
    private static async Task RefreshCommunityLabelsAsync(Neo4jHttpClient client, IReadOnlyList<int> communities, IProgress<Neo4jLoadProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        foreach (var chunk in communities.Chunk(50))
        {
            var statements = chunk.Select(c => new CypherStatement(CypherStatements.RefreshCommunityLabel(c),
                new Dictionary<string, object?> { ["communityId"] = c, ["community"] = Neo4jSchema.CommunityId(c) })).ToList();
            await client.RunAsync(statements, ct);
            done += chunk.Length;
            progress?.Report(new Neo4jLoadProgress("community labels", done, communities.Count, clock.Elapsed));
        }
    }

    /// <summary>The community ids of every Community_N label the database knows.</summary>
    private static async Task<IReadOnlyList<int>> CommunityLabelsAsync(Neo4jHttpClient client, CancellationToken ct)
    {
        var rows = (await RunAsync(client, CypherStatements.Labels, ct))[0].Rows;
        return [.. rows.Select(r => Neo4jSchema.CommunityOfLabel(r[0].GetString() ?? "")).OfType<int>().Order()];
    }
}
