using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PaperGraph.Cli.Console;
using PaperGraph.Neo4j;
using PaperGraph.Pipeline;
using Spectre.Console;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph load neo4j --from DIR --url URL</c>: loads graph.json into Neo4j over its HTTP API; after
/// <c>build --update</c>, only what DIR/changes.json lists when the database holds the build it starts from.
/// The password comes from NEO4J_PASSWORD or a prompt, never from the command line, and is never printed.
/// </summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var from = new Option<DirectoryInfo>("--from", "-f") { Description = "Output folder of `papergraph build` (holds graph.json)" };
        var url = new Option<string>("--url") { Description = "Neo4j HTTP address", DefaultValueFactory = _ => "http://localhost:7474" };
        var database = new Option<string>("--database", "-d") { Description = "Database (Neo4j 4.0+; 3.x has only the default)", DefaultValueFactory = _ => Neo4jConnection.DefaultDatabase };
        var batch = new Option<int>("--batch-size") { Description = "Rows per request", DefaultValueFactory = _ => 5000 };
        var user = new Option<string?>("--user", "-u") { Description = "User name (default: NEO4J_USER, else neo4j); the password is read from NEO4J_PASSWORD or asked for" };
        var wipe = new Option<bool>("--wipe") { Description = "Delete PaperGraph's nodes (Paper, entity types, Result, Community) before loading" };
        var full = new Option<bool>("--full") { Description = "Send the whole graph even when the database holds the previous build (changes.json) or this one" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds one request may take", DefaultValueFactory = _ => 300 };
        var templates = new Option<bool>("--cypher-templates") { Description = "Print the loader's Cypher 5 templates as JSON (for scripts/lint-cypher.mjs)", Hidden = true };

        var neo4j = new Command("neo4j", "Load a built graph into Neo4j (3.x, 4.x, 5.x, 2025.x) over HTTP; safe to run again");
        foreach (var option in new Option[] { from, url, database, batch, user, wipe, full, timeout, templates }) neo4j.Add(option);
        neo4j.SetAction(parse => parse.GetValue(templates)
            ? PrintTemplates()
            : Run(parse.GetValue(from), parse.GetValue(url)!, parse.GetValue(database)!, parse.GetValue(batch), parse.GetValue(user),
                parse.GetValue(wipe), parse.GetValue(full), parse.GetValue(timeout)));

        var load = new Command("load", "Load a built graph into a database");
        load.Add(neo4j);
        return load;
    }

    private static int Run(DirectoryInfo? from, string url, string database, int batchSize, string? user, bool wipe, bool full, int timeoutSeconds)
    {
        var cli = CliOutput.Standard;
        return CommandRunner.Run(cli, () =>
        {
            if (from is null) throw new UserFacingException("--from is required: the output folder of `papergraph build`", ExitCodes.Usage);
            if (batchSize < 1) throw new UserFacingException("--batch-size must be at least 1", ExitCodes.Usage);
            if (timeoutSeconds < 1) throw new UserFacingException("--timeout must be at least 1 second", ExitCodes.Usage);
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new UserFacingException("--url must be an http:// or https:// address, like http://localhost:7474", ExitCodes.Usage);
            if (!string.IsNullOrEmpty(uri.UserInfo))
                throw new UserFacingException("--url must not contain credentials: use --user and NEO4J_PASSWORD", ExitCodes.Usage);

            var (graph, analysis) = QueryCommand.OpenGraph(from);
            var build = BuildChanges.Read(from.FullName);
            var userName = user ?? (Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } u ? u : "neo4j");
            var connection = new Neo4jConnection(uri, userName, Password(userName))
            {
                Database = database,
                RequestTimeout = TimeSpan.FromSeconds(timeoutSeconds),
            };
            var options = new Neo4jLoadOptions { BatchSize = batchSize, Wipe = wipe, Full = full };
            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
            System.Console.CancelKeyPress += onCancel;
            try
            {
                var summary = WithProgress(progress => Neo4jLoader.LoadAsync(graph, analysis, build.Changes, connection, options, progress, cancel.Token));
                Render(summary, connection, build.Problem);
                return ExitCodes.Ok;
            }
            catch (Neo4jException e)
            {
                throw new UserFacingException(e.Message, e.Failure switch
                {
                    Neo4jFailure.Unreachable => ExitCodes.Unreachable,
                    Neo4jFailure.AuthFailed => ExitCodes.AuthFailed,
                    Neo4jFailure.DatabaseNotFound => ExitCodes.NotFound,
                    _ => ExitCodes.ServerError,
                });
            }
            catch (OperationCanceledException)
            {
                throw new UserFacingException("interrupted: what was sent is committed; run the same command again to finish the load", ExitCodes.Interrupted);
            }
            finally
            {
                System.Console.CancelKeyPress -= onCancel;
            }
        });
    }

    private static string Password(string user)
    {
        if (Environment.GetEnvironmentVariable("NEO4J_PASSWORD") is { Length: > 0 } password) return password;
        if (System.Console.IsInputRedirected || System.Console.IsErrorRedirected)
            throw new UserFacingException("no Neo4j password: set NEO4J_PASSWORD (it is never read from the command line)", ExitCodes.Usage);
        return ErrorConsole().Prompt(new TextPrompt<string>($"Neo4j password for [bold]{Markup.Escape(user)}[/]:").Secret());
    }

    /// <summary>A progress bar per phase with rows/s on standard error when it is a terminal; silent otherwise.</summary>
    private static Neo4jLoadSummary WithProgress(Func<IProgress<Neo4jLoadProgress>, Task<Neo4jLoadSummary>> load)
    {
        if (System.Console.IsErrorRedirected) return load(new Progress<Neo4jLoadProgress>(_ => { })).GetAwaiter().GetResult();
        Neo4jLoadSummary? summary = null;
        ErrorConsole().Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                summary = await load(new InlineProgress(p =>
                {
                    if (!tasks.TryGetValue(p.Phase, out var task)) tasks[p.Phase] = task = context.AddTask(p.Phase);
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = $"{p.Phase} {p.Done:N0}/{p.Total:N0} ({p.RowsPerSecond:N0} rows/s)";
                }));
                foreach (var task in tasks.Values) task.Value = task.MaxValue;
            }).GetAwaiter().GetResult();
        return summary!;
    }

    private static void Render(Neo4jLoadSummary s, Neo4jConnection connection, string? folderProblem)
    {
        // Plain lines, not markup: Spectre wraps at 80 columns when output is redirected, and these carry 32-digit build ids.
        var output = System.Console.Out;
        var where = $"Neo4j {s.Server.Version} {s.Server.Edition} at {connection.Url}";
        if (s.Mode == Neo4jLoadMode.UpToDate)
        {
            output.WriteLine($"Nothing to send: {where} already holds build {s.Build}");
            return;
        }
        output.WriteLine(s.Mode == Neo4jLoadMode.Incremental
            ? $"Sent the changes from build {s.PreviousBuild} to {s.Build} into {where}"
            : $"Loaded the whole graph into {where}" + (s.Deleted > 0 ? $" (wiped {N(s.Deleted)} nodes first)" : ""));
        if (s.Mode == Neo4jLoadMode.Full && s.Reason is { } reason)
            output.WriteLine($"Full load: {reason}" + (folderProblem is null ? "" : $" ({folderProblem})"));

        var table = new Table().AddColumns("", "rows", "created", "updated", "rows/s", "seconds");
        foreach (var (name, phase) in new[] { ("nodes", s.Nodes), ("relationships", s.Relationships) })
        {
            table.AddRow(name, N(phase.Rows), N(phase.Created), N(phase.Updated), N((long)phase.RowsPerSecond), Seconds(phase.Elapsed));
        }
        foreach (var step in s.Steps)
        {
            table.AddRow(step.Name, step.Rows > 0 ? N(step.Rows) : "", "", "", "", Seconds(step.Elapsed));
        }
        AnsiConsole.Console.Write(table);
        if (s.Removed > 0) output.WriteLine($"Removed {N(s.Removed)} nodes and relationships this build no longer has");
        output.WriteLine($"{N(s.RowsSent)} rows in all, {N((long)s.RowsPerSecond)} rows/s, {Seconds(s.Elapsed)} s");
        if (s.RelationshipsWithoutEndpoints > 0)
            CliOutput.Standard.Warning($"{N(s.RelationshipsWithoutEndpoints)} relationships were skipped: an end node is not in the graph");
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);

    private static int PrintTemplates()
    {
        System.Console.Out.WriteLine(JsonSerializer.Serialize(new { templates = Neo4jLoader.V5Templates() }, new JsonSerializerOptions { WriteIndented = true }));
        return ExitCodes.Ok;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static IAnsiConsole ErrorConsole() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });

    /// <summary>Progress&lt;T&gt; posts to a captured context; a console app has none, so report inline.</summary>
    private sealed class InlineProgress(Action<Neo4jLoadProgress> report) : IProgress<Neo4jLoadProgress>
    {
        public void Report(Neo4jLoadProgress value) => report(value);
    }
}
