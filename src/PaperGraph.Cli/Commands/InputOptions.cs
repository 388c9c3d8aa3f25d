using System.CommandLine;
using PaperGraph.Ingest;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Commands;

/// <summary>Options shared by the verbs that read papers (build, extract, bench).</summary>
internal sealed class InputOptions
{
    private static readonly Dictionary<string, PaperFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["auto"] = PaperFormat.Auto,
        ["hf-daily"] = PaperFormat.HfDaily,
        ["jsonl"] = PaperFormat.JsonLines,
        ["arxiv-atom"] = PaperFormat.ArxivAtom,
        ["arxiv-snapshot"] = PaperFormat.ArxivSnapshot,
        ["openalex"] = PaperFormat.OpenAlex,
        ["csv"] = PaperFormat.Csv,
    };

    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "Files, folders (read recursively) or - for standard input; .gz is read transparently",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> Format { get; } = new("--format", "-f")
    {
        Description = "Input format: auto, hf-daily, jsonl, arxiv-atom, arxiv-snapshot, openalex, csv",
        DefaultValueFactory = _ => "auto",
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Stop at the first bad record (exit 3) instead of skipping it",
    };

    public Option<string?> Shard { get; } = new("--shard")
    {
        Description = "Process only shard i of n (i/n, 1-based); shards split papers by id, the same on every machine",
    };

    public Option<int> Threads { get; } = new("--threads")
    {
        Description = "Worker threads for extraction (default: all cores)",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public InputOptions()
    {
        Format.AcceptOnlyFromAmong([.. Formats.Keys]);
        Threads.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--threads must be at least 1");
        });
        Shard.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string?>();
            if (text is not null && !ShardSpec.TryParse(text, out _, out var error)) r.AddError(error);
        });
    }

    public void AddTo(Command command)
    {
        command.Add(Inputs);
        command.Add(Format);
        command.Add(Strict);
        command.Add(Shard);
        command.Add(Threads);
    }

    public PipelineOptions ToPipelineOptions(ParseResult parse)
    {
        ShardSpec? shard = null;
        if (parse.GetValue(Shard) is { } text && ShardSpec.TryParse(text, out var parsed, out _)) shard = parsed;
        return new PipelineOptions
        {
            Format = Formats[parse.GetValue(Format) ?? "auto"],
            Strict = parse.GetValue(Strict),
            Parallelism = parse.GetValue(Threads),
            Shard = shard,
        };
    }

    public IReadOnlyList<string> GetInputs(ParseResult parse) => parse.GetValue(Inputs) ?? [];
}
