using System.CommandLine;
using System.IO.Compression;
using PaperGraph.Cli.Console;
using PaperGraph.Export;
using PaperGraph.Extraction;
using PaperGraph.Graph;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Commands;

/// <summary>`papergraph extract`: one JSON object per paper on standard output (or --out FILE).</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var output = new Option<string?>("--out", "-o") { Description = "Write the JSON lines to this file (atomically) instead of standard output; a name ending in .gz is compressed" }.MustBeFile();
        var records = new Option<bool>("--records")
        {
            Description = "Write full-fidelity extraction records (for papergraph merge; implied by --shard): keys, merge reasons, quantities, the abstract and metadata",
        };
        var command = new Command("extract", "Extract entities and results from papers, as JSON lines");
        inputs.AddTo(command);
        command.Add(output);
        command.Add(records);
        command.SetAction((parse, ct) => Task.FromResult(CommandRunner.Run(CliOutput.Standard, () =>
        {
            var options = inputs.ToPipelineOptions(parse);
            var full = parse.GetValue(records) || options.Shard is not null;
            return Run(inputs.GetInputs(parse), options, parse.GetValue(output), CliOutput.Standard, ct, records: full);
        })));
        return command;
    }

    internal static int Run(IReadOnlyList<string> inputs, PipelineOptions options, string? outputFile, CliOutput console, CancellationToken ct, bool records = false)
    {
        var pipeline = new PaperPipeline(Extractor.Default, options);
        var counters = new InputCounters();
        void Write(Stream stream)
        {
            var compressed = outputFile is not null && outputFile.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
            using var gzip = compressed ? new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true) : null;
            var target = gzip ?? stream;
            if (records)
            {
                using var writer = new ExtractionRecordWriter(target, pipeline.RecordHeader);
                foreach (var record in pipeline.ExtractRecords(inputs, counters, console.Issue, StandardInput, ct)) writer.Write(record);
                writer.Flush();
            }
            else
            {
                ExtractionJsonLinesWriter.WriteAll(target, pipeline.Extract(inputs, counters, console.Issue, StandardInput, ct));
            }
        }
        if (outputFile is null)
        {
            using var stdout = System.Console.OpenStandardOutput();
            Write(stdout);
        }
        else
        {
            AtomicFile.Write(outputFile, Write);
        }
        return Summarise(counters, console);
    }

    internal static Stream StandardInput() => System.Console.OpenStandardInput();

    /// <summary>Reports skipped records; missing or unreadable inputs make the run fail after everything else was done.</summary>
    internal static int Summarise(InputCounters counters, CliOutput console)
    {
        if (counters.RecordsSkipped > 0)
        {
            console.Warning($"{counters.RecordsSkipped:N0} bad record(s) skipped; {counters.PapersRead:N0} paper(s) processed");
        }
        if (counters.InputsFailed > 0)
        {
            console.Error($"{counters.InputsFailed:N0} input(s) could not be read (see above); everything else was processed");
            return ExitCodes.InputError;
        }
        return ExitCodes.Ok;
    }
}
