using PaperGraph.Graph;

namespace PaperGraph.Tests.Neo4j;

/// <summary>`papergraph load neo4j` as a user runs it: exit codes, one-line messages, never the password.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class LoadCommandTests : IDisposable
{
    private const string Password = "pw-under-test-4711";
    private readonly string folder = CliProcess.BuildFolder(SyntheticGraph.Generate(20, seed: 8).Graph, GraphAnalysis.None);

    [Fact]
    public async Task Load_NothingListening_ExitUnreachableOneLine()
    {
        var (exit, output, error) = await Load($"http://127.0.0.1:{FakeNeo4jServer.FreePort()}");

        Assert.Equal(6, exit);
        Assert.StartsWith("papergraph: error: cannot reach Neo4j at http://127.0.0.1:", error);
        AssertOneLineWithoutPassword(output, error);
    }

    [Fact]
    public async Task Load_CredentialsRefused_ExitAuthFailed()
    {
        using var server = new FakeNeo4jServer((path, _) => path == "/"
            ? (200, FakeNeo4jHandler.Neo5Discovery)
            : (401, FakeNeo4jHandler.Error("Neo.ClientError.Security.Unauthorized", "Invalid username or password.")));

        var (exit, output, error) = await Load(server.Url);

        Assert.Equal(7, exit);
        Assert.Contains("refused the credentials of user 'neo4j'", error);
        Assert.NotEmpty(server.Authorizations);
        AssertOneLineWithoutPassword(output, error);
    }

    [Fact]
    public async Task Load_StatementRejected_ExitServerErrorWithNeo4jCode()
    {
        using var server = new FakeNeo4jServer((path, body) => path == "/"
            ? (200, FakeNeo4jHandler.Neo5Discovery)
            : body.Contains("dbms.components", StringComparison.Ordinal)
                ? (200, FakeNeo4jHandler.Components("5.26.0"))
                : (200, FakeNeo4jHandler.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "Node(3) already exists with label `Paper`")));

        var (exit, output, error) = await Load(server.Url);

        Assert.Equal(8, exit);
        Assert.Equal("papergraph: error: Neo4j error Neo.ClientError.Schema.ConstraintValidationFailed: Node(3) already exists with label `Paper`", error.Trim());
        AssertOneLineWithoutPassword(output, error);
    }

    [Fact]
    public async Task Load_NoPasswordAndNoTerminal_ExitUsage()
    {
        var (exit, _, error) = await CliProcess.RunAsync(new Dictionary<string, string?>(), "load", "neo4j", "--from", folder, "--url", "http://127.0.0.1:1");

        Assert.Equal(2, exit);
        Assert.Contains("no Neo4j password: set NEO4J_PASSWORD", error);
    }

    [Fact]
    public async Task Load_MissingFolder_ExitNotFound()
    {
        var (exit, _, error) = await CliProcess.RunAsync(new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = Password },
            "load", "neo4j", "--from", Path.Combine(folder, "nope"), "--url", "http://127.0.0.1:1");

        Assert.Equal(5, exit);
        Assert.Contains("does not exist", error);
    }

    [Neo4jFact]
    public async Task Load_RealServerTwice_SummarySaysCreatedThenUpdated()
    {
        var env = new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = Neo4jTestServer.Password, ["NEO4J_USER"] = Neo4jTestServer.User };

        var first = await CliProcess.RunAsync(env, "load", "neo4j", "--from", folder, "--url", Neo4jTestServer.Url!, "--wipe");
        var second = await CliProcess.RunAsync(env, "load", "neo4j", "--from", folder, "--url", Neo4jTestServer.Url!);

        Assert.True(first.Exit == 0, first.Error);
        Assert.Equal(0, second.Exit);
        Assert.Matches(@"nodes\s*│\s*(\d[\d,]*)\s*│\s*\1\s*│\s*0\s*│", first.Out);
        Assert.Matches(@"nodes\s*│\s*(\d[\d,]*)\s*│\s*0\s*│\s*\1\s*│", second.Out);
        Assert.DoesNotContain(Neo4jTestServer.Password, first.Out + first.Error + second.Out + second.Error);
    }

    [Neo4jFact]
    public async Task Load_AfterBuildUpdate_SendsTheChangesThenNothing()
    {
        var env = new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = Neo4jTestServer.Password, ["NEO4J_USER"] = Neo4jTestServer.User };
        var inputs = Pipeline.PipelineSamples.WriteParts(folder, 2);
        var output = Path.Combine(folder, "out");
        string[] load = ["load", "neo4j", "--from", output, "--url", Neo4jTestServer.Url!];
        Assert.Equal(0, (await CliProcess.RunAsync(env, "build", inputs[0], "--out", output)).Exit);
        var first = await CliProcess.RunAsync(env, [.. load, "--wipe"]);
        Assert.Equal(0, (await CliProcess.RunAsync(env, "build", "--update", output, inputs[1])).Exit);

        var changes = await CliProcess.RunAsync(env, load);
        var nothing = await CliProcess.RunAsync(env, load);

        Assert.True(first.Exit == 0, first.Error);
        Assert.Contains("Full load: the database was wiped first", first.Out);
        Assert.True(changes.Exit == 0, changes.Error);
        Assert.Matches(@"Sent the changes from build [0-9a-f]{32} to [0-9a-f]{32} into Neo4j 3\.1\.1", changes.Out);
        Assert.Equal(0, nothing.Exit);
        Assert.Contains("Nothing to send", nothing.Out);
    }

    [Neo4jFact]
    public async Task Load_RealServerWrongPassword_ExitAuthFailedWithoutPassword()
    {
        var (exit, output, error) = await Load(Neo4jTestServer.Url!);

        Assert.Equal(7, exit);
        Assert.Contains("Invalid username or password", error);
        AssertOneLineWithoutPassword(output, error);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Task<(int, string, string)> Load(string url) =>
        CliProcess.RunAsync(new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = Password }, "load", "neo4j", "--from", folder, "--url", url);

    private static void AssertOneLineWithoutPassword(string output, string error)
    {
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain(Password, output + error);
        Assert.DoesNotContain("   at ", error);
    }
}
