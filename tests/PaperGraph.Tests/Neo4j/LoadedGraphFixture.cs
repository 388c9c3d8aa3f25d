using System.Text.Json;
using PaperGraph.Graph;
using PaperGraph.Neo4j;

namespace PaperGraph.Tests.Neo4j;

/// <summary>A graph loaded once into the wiped test server, and a client to query it.</summary>
public abstract class LoadedGraphFixture : IAsyncLifetime
{
    internal KnowledgeGraph Graph { get; private set; } = KnowledgeGraph.Empty;
    internal GraphAnalysis Analysis { get; private set; } = GraphAnalysis.None;
    internal Neo4jHttpClient? Client { get; private set; }

    public async Task InitializeAsync()
    {
        if (Neo4jTestServer.SkipReason is not null) return;
        (Graph, Analysis) = await CreateAsync();
        var connection = Neo4jTestServer.Connection();
        await Neo4jLoader.LoadAsync(Graph, Analysis, connection, new Neo4jLoadOptions { Wipe = true, BatchSize = 1000, IndexSettle = TimeSpan.FromMilliseconds(200) }, null, default);
        Client = new Neo4jHttpClient(connection);
        await Client.ConnectAsync(default);
    }

    internal abstract Task<(KnowledgeGraph, GraphAnalysis)> CreateAsync();

    /// <summary>Runs one statement of a query-pack file with the given parameters.</summary>
    internal async Task<IReadOnlyList<JsonElement[]>> RunAsync(CypherFile file, params (string Name, object? Value)[] parameters)
    {
        Assert.Equal(file.Parameters.Order(StringComparer.Ordinal), parameters.Select(p => p.Name).Order(StringComparer.Ordinal));
        var map = parameters.ToDictionary(p => p.Name, p => p.Value);
        return (await Client!.RunAsync([new CypherStatement(file.Statement, map)], default))[0].Rows;
    }

    public Task DisposeAsync()
    {
        Client?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>A seeded synthetic graph of 600 papers.</summary>
public sealed class SyntheticGraphFixture : LoadedGraphFixture
{
    internal override Task<(KnowledgeGraph, GraphAnalysis)> CreateAsync() => Task.FromResult(SyntheticGraph.Generate(600, seed: 11));
}

/// <summary>The real output of `papergraph build samples`: the graph users load first.</summary>
public sealed class SampleOutputFixture : LoadedGraphFixture
{
    internal override async Task<(KnowledgeGraph, GraphAnalysis)> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "papergraph-sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, _, error) = await CliProcess.RunAsync(new Dictionary<string, string?>(),
                "build", Path.Combine(Support.SharedData.RepositoryRoot, "samples"), "--out", folder);
            Assert.True(exit == 0, "papergraph build samples failed: " + error);
            return GraphStore.Open(folder);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
