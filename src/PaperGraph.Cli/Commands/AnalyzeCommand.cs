using System.CommandLine;
using System.Globalization;
using PaperGraph.Analytics;
using PaperGraph.Analytics.Communities;
using PaperGraph.Analytics.IO;
using PaperGraph.Cli.Console;
using Spectre.Console;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph analyze --edges FILE.tsv --out DIR</c>: centralities and communities of any weighted
/// edge list, written to DIR/nodes.tsv and DIR/summary.json.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var edges = new Option<FileInfo>("--edges", "-e")
        {
            Description = "Edge list: source<TAB>target<TAB>weight per line (weight optional, '#' comments)",
            Required = true,
        };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Folder for nodes.tsv and summary.json", Required = true }.MustBeFolder();
        var resolution = new Option<double>("--resolution", "-r") { Description = "Leiden resolution γ (> 0)", DefaultValueFactory = _ => 1.0 };
        var seed = new Option<long>("--seed", "-s") { Description = "Seed for Leiden and betweenness pivots", DefaultValueFactory = _ => 1 };
        var objective = new Option<string>("--objective") { Description = "Leiden objective: modularity or cpm", DefaultValueFactory = _ => "modularity" };
        objective.AcceptOnlyFromAmong("modularity", "cpm");

        var command = new Command("analyze", "Centralities (degree, PageRank, betweenness), components and Leiden communities of a weighted edge list");
        command.Add(edges);
        command.Add(output);
        command.Add(resolution);
        command.Add(seed);
        command.Add(objective);
        command.SetAction((parse, ct) => Task.FromResult(Run(
            parse.GetValue(edges)!, parse.GetValue(output)!, parse.GetValue(resolution), parse.GetValue(seed), parse.GetValue(objective)!, ct)));
        return command;
    }

    private static int Run(FileInfo edges, DirectoryInfo output, double resolution, long seed, string objective, CancellationToken ct)
    {
        var cli = CliOutput.Standard;
        return CommandRunner.Run(cli, () =>
        {
            if (!(resolution > 0) || !double.IsFinite(resolution))
                throw new UserFacingException($"--resolution must be a positive number, not {resolution.ToString(CultureInfo.InvariantCulture)}", ExitCodes.Usage);
            if (!edges.Exists) throw new UserFacingException($"{edges.FullName}: no such file", ExitCodes.InputError);

            var options = new NetworkAnalysisOptions
            {
                Leiden = new LeidenOptions
                {
                    Resolution = resolution,
                    Seed = seed,
                    Objective = objective == "cpm" ? QualityObjective.Cpm : QualityObjective.Modularity,
                },
                Paths = PaperGraph.Analytics.Centrality.PathCentralityOptions.Default with { Seed = seed },
            };
            NetworkAnalysisReport report;
            try
            {
                report = NetworkAnalyzer.AnalyzeEdgeList(edges.FullName, output.FullName, options, cancellationToken: ct);
            }
            catch (EdgeListFormatException e)
            {
                throw new UserFacingException(e.Message, ExitCodes.InputError);
            }
            Render(report);
            return ExitCodes.Ok;
        });
    }

    private static void Render(NetworkAnalysisReport report)
    {
        var a = report.Analysis;
        var table = new Table().AddColumn("").AddColumn(new TableColumn("").RightAligned());
        table.HideHeaders();
        table.AddRow("nodes", a.Graph.NodeCount.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("edges", a.Graph.EdgeCount.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("components", a.Components.Count.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("communities", a.Communities.CommunityCount.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("modularity", a.Modularity.ToString("F4", CultureInfo.InvariantCulture));
        table.AddRow("betweenness", a.Betweenness.IsExact ? "exact" : $"sampled, {a.Betweenness.Sources:N0} pivots");
        foreach (var timing in a.Timings) table.AddRow($"{timing.Step} (s)", timing.Seconds.ToString("F2", CultureInfo.InvariantCulture));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
        console.Write(table);
        console.WriteLine($"wrote {report.NodesPath} and {report.SummaryPath}");
    }
}
