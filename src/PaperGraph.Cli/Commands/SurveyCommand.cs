using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Humanizer;
using PaperGraph.Cli.Console;
using PaperGraph.Graph;
using PaperGraph.Survey;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph survey --from DIR [--community ID | --topic TEXT] [--depth N] -o FILE [--format md|json|latex]</c>:
/// the outline of a survey article, every statement cited to the papers that support it.
/// </summary>
internal static class SurveyCommand
{
    public static Command Create()
    {
        var from = new Option<DirectoryInfo>("--from", "-f") { Description = "Output folder of `papergraph build` (holds graph.json)", Required = true };
        var community = new Option<int?>("--community", "-c") { Description = "Survey one community (any level): its sub-communities become the sections" };
        var topic = new Option<string?>("--topic", "-t") { Description = "Survey a topic: a task, method, dataset or benchmark (any alias), or words matched in names and titles" };
        var depth = new Option<int>("--depth", "-d") { Description = "Levels of the community hierarchy: 1 sections, 2 sections and subsections", DefaultValueFactory = _ => 1 };
        var output = new Option<FileInfo>("--output", "-o") { Description = "The file to write (LaTeX also writes a .bib beside it)", Required = true }.MustBeFile();
        var timing = new Option<bool>("--timing") { Description = "Print how long loading, outlining and writing took (a quick benchmark)" };
        var format = new Option<string?>("--format") { Description = "md, json or latex (default: from the file extension, .json, .tex, else md)" };
        format.AcceptOnlyFromAmong("md", "markdown", "json", "latex", "tex");
        var command = new Command("survey", "Write the outline of a survey article, grounded in the papers of a built graph");
        foreach (var o in new Option[] { from, community, topic, depth, output, format, timing }) command.Add(o);
        command.SetAction(parse => CommandRunner.Run(CliOutput.Standard, () =>
        {
            var request = Request(parse.GetValue(community), parse.GetValue(topic), parse.GetValue(depth));
            var path = parse.GetValue(output)!.FullName;
            var chosen = parse.GetValue(format) switch
            {
                "json" => SurveyFormat.Json,
                "latex" or "tex" => SurveyFormat.Latex,
                "md" or "markdown" => SurveyFormat.Markdown,
                _ => SurveyWriter.FormatOf(path),
            };
            var clock = Stopwatch.StartNew();
            var (graph, analysis) = Open(parse.GetValue(from)!, out var source);
            var loaded = clock.Elapsed;
            SurveyOutline outline;
            try
            {
                outline = SurveyOutliner.Outline(graph, analysis, request);
            }
            catch (SurveyScopeException e)
            {
                throw new UserFacingException(e.Message, ExitCodes.NotFound);
            }
            var outlined = clock.Elapsed;
            var written = SurveyWriter.Write(outline, path, chosen);
            if (parse.GetValue(timing))
            {
                CliOutput.Standard.Info(string.Create(CultureInfo.InvariantCulture,
                    $"load {loaded.TotalSeconds:F2} s from {source}, outline {(outlined - loaded).TotalSeconds:F2} s, write {(clock.Elapsed - outlined).TotalSeconds:F2} s, total {clock.Elapsed.TotalSeconds:F2} s, process CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F2} s ({graph.Papers.Count:N0} papers)"));
            }
            CliOutput.Standard.Info($"wrote {string.Join(" and ", written)}: {"section".ToQuantity(outline.Sections.Count)}, {"reference".ToQuantity(outline.References.Count)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Opens the graph as answers need it (papers cited, no spans); a missing, stale or broken folder is NotFound with the store's one-line reason.</summary>
    private static (KnowledgeGraph Graph, GraphAnalysis Analysis) Open(DirectoryInfo from, out string source)
    {
        try
        {
            return GraphStore.OpenForQueries(from.FullName, out source);
        }
        catch (GraphFileException e)
        {
            throw new UserFacingException(e.Message, ExitCodes.NotFound);
        }
    }

    private static SurveyRequest Request(int? community, string? topic, int depth)
    {
        if (community is not null && topic is not null) throw new UserFacingException("--community and --topic cannot be used together: choose one", ExitCodes.Usage);
        if (depth < 1) throw new UserFacingException("--depth must be at least 1", ExitCodes.Usage);
        if (topic is not null && string.IsNullOrWhiteSpace(topic)) throw new UserFacingException("--topic is empty", ExitCodes.Usage);
        return new SurveyRequest { Community = community, Topic = topic, Depth = depth };
    }
}
