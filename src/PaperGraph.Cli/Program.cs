using PaperGraph.Cli.Commands;

return CliApp.Run(args);
