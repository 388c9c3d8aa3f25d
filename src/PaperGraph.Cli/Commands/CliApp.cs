using System.CommandLine;

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
        root.Add(BenchGraphCommand.Create());
        root.Add(LoadCommand.Create());
        root.Add(QueryCommand.Create());
        root.Add(ExportCommand.Create());
        root.Add(BenchCommand.Create());
        return root;
    }

    public static int Run(string[] args) => CreateRoot().Parse(args).Invoke();
}
