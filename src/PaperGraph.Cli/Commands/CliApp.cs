using System.CommandLine;
using PaperGraph.Cli.Console;

namespace PaperGraph.Cli.Commands;

/// <summary>Builds the root command from the command classes and runs it.</summary>
internal static class CliApp
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("PaperGraph: build a knowledge graph of a research field from paper titles and abstracts.");
        root.Add(BuildCommand.Create());
        root.Add(ExtractCommand.Create());
        root.Add(AnalyzeCommand.Create());
        root.Add(BenchGraphCommand.CreateHiddenAlias());
        root.Add(LoadCommand.Create());
        root.Add(QueryCommand.Create());
        root.Add(SurveyCommand.Create());
        root.Add(ExportCommand.Create());
        root.Add(BenchCommand.Create());
        root.Add(MergeCommand.Create());
        return root;
    }

    public static int Run(string[] args) => Run(args, System.Console.Error);

    /// <summary>
    /// Parses and runs. A command line that does not parse exits with <see cref="ExitCodes.Usage"/>
    /// (System.CommandLine alone would say 1, which README reserves for bugs).
    /// </summary>
    internal static int Run(string[] args, TextWriter error)
    {
        var parse = CreateRoot().Parse(args);
        if (parse.Errors.Count == 0) return parse.Invoke();
        foreach (var problem in parse.Errors) error.WriteLine("papergraph: error: " + problem.Message);
        error.WriteLine("Try 'papergraph --help' or 'papergraph COMMAND --help'.");
        return ExitCodes.Usage;
    }
}
