using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaperGraph.Cli.Console;
using PaperGraph.Graph;
using PaperGraph.Queries;
using Spectre.Console;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph query shared-benchmarks | leaderboard | community</c>: answers from a built folder,
/// no database needed. Tables for people, --json for scripts; the same questions are in cypher/.
/// </summary>
internal static class QueryCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var query = new Command("query", "Answer questions from a built graph: shared benchmarks, leaderboards, communities");
        query.Add(SharedBenchmarksCommand());
        query.Add(LeaderboardCommand());
        query.Add(CommunityCommand());
        return query;
    }

    /// <summary>Opens DIR/graph.json; a missing, stale or broken folder is a NotFound with the store's one-line reason.</summary>
    internal static (KnowledgeGraph Graph, GraphAnalysis Analysis) OpenGraph(DirectoryInfo from) => Opened(() => GraphStore.Open(from.FullName));

    /// <summary>
    /// Opens the graph as answers need it (papers cited, no spans): from graph.query.bin when it matches
    /// graph.json, which is ten times faster, else from graph.json. Errors as <see cref="OpenGraph"/>.
    /// </summary>
    internal static (KnowledgeGraph Graph, GraphAnalysis Analysis) OpenForQueries(DirectoryInfo from) => Opened(() => GraphStore.OpenForQueries(from.FullName));

    private static (KnowledgeGraph Graph, GraphAnalysis Analysis) Opened(Func<(KnowledgeGraph, GraphAnalysis)> open)
    {
        try
        {
            return open();
        }
        catch (GraphFileException e)
        {
            throw new UserFacingException(e.Message, ExitCodes.NotFound);
        }
    }

    private static Command SharedBenchmarksCommand()
    {
        var from = FromOption();
        var method = new Option<string?>("--method", "-m") { Description = "A method by name, alias or acronym; without it, the pairs that share most" };
        var minShared = new Option<int>("--min-shared", "-k") { Description = "Only methods sharing at least this many", DefaultValueFactory = _ => 1 };
        var top = new Option<int>("--top", "-n") { Description = "At most this many rows", DefaultValueFactory = _ => 20 };
        var json = JsonOption();
        var command = new Command("shared-benchmarks", "Methods evaluated on the same datasets and benchmarks");
        foreach (var o in new Option[] { from, method, minShared, top, json }) command.Add(o);
        command.SetAction(parse => CommandRunner.Run(CliOutput.Standard, () =>
        {
            if (parse.GetValue(minShared) < 1 || parse.GetValue(top) < 1) throw new UserFacingException("--min-shared and --top must be at least 1", ExitCodes.Usage);
            var (graph, _) = OpenForQueries(parse.GetValue(from)!);
            var answer = SharedBenchmarks.Find(graph, new SharedBenchmarksRequest(parse.GetValue(method), parse.GetValue(minShared), parse.GetValue(top)));
            if (answer.Unknown is { } unknown) throw new UserFacingException(unknown.Message, ExitCodes.NotFound);
            if (parse.GetValue(json)) return WriteJson(answer);
            var table = new Table().AddColumns(answer.Method is null ? "method" : "", "other method", "shared", "datasets and benchmarks", "papers");
            table.Title = new TableTitle(answer.Method is null ? "Method pairs sharing the most benchmarks" : $"Methods sharing benchmarks with {answer.Method.Name}");
            foreach (var row in answer.Rows)
            {
                var papers = row.Shared.SelectMany(s => s.MethodPapers.Concat(s.OtherPapers)).Distinct().Order(StringComparer.Ordinal);
                table.AddRow(Markup.Escape(answer.Method is null ? row.Method.Name : ""), Markup.Escape(row.Other.Name), N(row.SharedCount),
                    Markup.Escape(string.Join(", ", row.Shared.Select(s => s.Target.Name))), Markup.Escape(string.Join(", ", papers)));
            }
            return Render(table, answer.Rows.Count, "no method shares a benchmark with it");
        }));
        return command;
    }

    private static Command LeaderboardCommand()
    {
        var from = FromOption();
        var benchmark = new Option<string>("--benchmark", "-b") { Description = "A dataset or benchmark by name, alias or id", Required = true };
        var metric = new Option<string?>("--metric") { Description = "Only this metric" };
        var json = JsonOption();
        var command = new Command("leaderboard", "The results reported on a benchmark, best first when the metric's direction is known");
        foreach (var o in new Option[] { from, benchmark, metric, json }) command.Add(o);
        command.SetAction(parse => CommandRunner.Run(CliOutput.Standard, () =>
        {
            var (graph, _) = OpenForQueries(parse.GetValue(from)!);
            var answer = Leaderboard.Find(graph, new LeaderboardRequest(parse.GetValue(benchmark)!, parse.GetValue(metric)));
            if (answer.Unknown is { } unknown) throw new UserFacingException(unknown.Message, ExitCodes.NotFound);
            if (parse.GetValue(json)) return WriteJson(answer);
            if (answer.Sections.Count == 0) return Render(new Table(), 0, $"no results reported on {answer.Benchmark!.Name}");
            foreach (var section in answer.Sections)
            {
                var direction = section.Direction switch
                {
                    MetricDirection.LowerIsBetter => "lower is better",
                    MetricDirection.HigherIsBetter => "higher is better",
                    _ => "direction unknown: paper order",
                };
                var table = new Table { Title = new TableTitle($"{answer.Benchmark!.Name}: {section.Metric.Name} ({direction})") };
                table.AddColumns("#", "method", "value", "paper", "as reported");
                var rank = 0;
                foreach (var e in section.Entries)
                {
                    table.AddRow(section.Direction == MetricDirection.Unknown ? "" : N(++rank), Markup.Escape(e.Method?.Name ?? "(not named)"),
                        Markup.Escape(e.ValueText), Markup.Escape(e.Paper), Markup.Escape(e.Text));
                }
                AnsiConsole.Write(table);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command CommunityCommand()
    {
        var from = FromOption();
        var id = new Argument<int?>("id") { Description = "A community id: its members by centrality (without it: the top-level communities)", Arity = ArgumentArity.ZeroOrOne };
        var top = new Option<int>("--top", "-n") { Description = "At most this many members", DefaultValueFactory = _ => 50 };
        var json = JsonOption();
        var command = new Command("community", "The communities with their labels and sizes, or one community's members");
        command.Add(id);
        foreach (var o in new Option[] { from, top, json }) command.Add(o);
        command.SetAction(parse => CommandRunner.Run(CliOutput.Standard, () =>
        {
            var (graph, analysis) = OpenForQueries(parse.GetValue(from)!);
            if (analysis.Communities.Count == 0) throw new UserFacingException("the graph has no communities: build it with analysis on", ExitCodes.NotFound);
            if (parse.GetValue(id) is not { } communityId)
            {
                var overview = CommunityView.Overview(analysis);
                if (parse.GetValue(json)) return WriteJson(overview);
                var table = new Table { Title = new TableTitle($"Communities (modularity {overview.Modularity.ToString("F3", CultureInfo.InvariantCulture)})") };
                table.AddColumns("id", "label", "size", "sub-communities", "top members");
                foreach (var c in overview.Communities)
                    table.AddRow(N(c.Id), Markup.Escape(c.Label), N(c.Size), N(c.Subcommunities), Markup.Escape(string.Join(", ", c.TopMembers.Take(3))));
                return Render(table, overview.Communities.Count, "no top-level community");
            }
            var members = CommunityView.Members(graph, analysis, communityId, parse.GetValue(top));
            if (members.Unknown is { } unknown) throw new UserFacingException(unknown.Message, ExitCodes.NotFound);
            if (parse.GetValue(json)) return WriteJson(members);
            var c2 = members.Community!;
            var list = new Table { Title = new TableTitle($"Community {c2.Id}: {c2.Label} (level {c2.Level}, {members.TotalMembers:N0} members)") };
            list.AddColumns("type", "name", "pagerank", "degree", "id");
            foreach (var m in members.Members)
                list.AddRow(m.Type, Markup.Escape(m.Name), m.PageRank.ToString("G4", CultureInfo.InvariantCulture), N((long)m.Degree), Markup.Escape(m.Id));
            return Render(list, members.Members.Count, "no members");
        }));
        return command;
    }

    private static Option<DirectoryInfo> FromOption() =>
        new("--from", "-f") { Description = "Output folder of `papergraph build` (holds graph.json)", Required = true };

    private static Option<bool> JsonOption() => new("--json") { Description = "Write the answer as JSON on standard output" };

    private static int WriteJson<T>(T answer)
    {
        System.Console.Out.WriteLine(JsonSerializer.Serialize(answer, Json));
        return ExitCodes.Ok;
    }

    private static int Render(Table table, int rows, string empty)
    {
        if (rows == 0) AnsiConsole.MarkupLine($"[grey]{Markup.Escape(empty)}[/]");
        else AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
