using System.CommandLine;
using PaperGraph.Cli.Console;
using PaperGraph.Export;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph export neo4j-import --from DIR --out DIR2</c>: the CSV files of `neo4j-admin database
/// import full` (Neo4j 5) and the exact command that loads them, for graphs too big for the HTTP loader.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var from = new Option<DirectoryInfo>("--from", "-f") { Description = "Output folder of `papergraph build` (holds graph.json)", Required = true };
        var output = new Option<DirectoryInfo>("--out", "-o") { Description = "Folder for the CSV files", Required = true }.MustBeFolder();
        var database = new Option<string>("--database", "-d") { Description = "Database the printed command imports into", DefaultValueFactory = _ => "neo4j" };
        var serverDir = new Option<string?>("--server-dir") { Description = "The --out folder as Neo4j sees it, for the printed command (/import in the Docker container)" };

        var import = new Command("neo4j-import", "CSV files for neo4j-admin database import full (Neo4j 5), and the command to run");
        import.Add(from);
        import.Add(output);
        import.Add(database);
        import.Add(serverDir);
        import.SetAction(parse => CommandRunner.Run(CliOutput.Standard, () =>
        {
            var name = parse.GetValue(database)!;
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-'))
                throw new UserFacingException("--database must be a Neo4j database name: ASCII letters, digits, '.' and '-'", ExitCodes.Usage);
            var (graph, analysis) = QueryCommand.OpenGraph(parse.GetValue(from)!);
            var dir = parse.GetValue(output)!.FullName;
            Neo4jImportCsvWriter.WriteTo(graph, analysis, new OutputFolder(dir));

            // The command goes to standard output alone, so `$(papergraph export neo4j-import ...)` can run it.
            CliOutput.Standard.Info($"wrote {Neo4jImportCsvWriter.NodeFiles.Count + Neo4jImportCsvWriter.RelationshipFiles.Count} CSV files to {dir}");
            CliOutput.Standard.Info("stop Neo4j (or use a database that does not exist yet), run the command below, start Neo4j, then run cypher/schema-v5.cypher:");
            System.Console.Out.WriteLine(Neo4jImportCsvWriter.ImportCommand(parse.GetValue(serverDir) ?? dir, name));
            return ExitCodes.Ok;
        }));

        var export = new Command("export", "Write the graph in another tool's format");
        export.Add(import);
        return export;
    }
}
