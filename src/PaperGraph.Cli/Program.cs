using PaperGraph.Cli.Console;

return ProcessHost.Run(args);
