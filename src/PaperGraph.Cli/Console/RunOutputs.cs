using System.CommandLine;
using System.CommandLine.Parsing;

namespace PaperGraph.Cli.Console;

/// <summary>
/// The output a run writes (its --out or --update file or folder) as it was before the run, so that an
/// interrupted run can say what it did not finish: which outputs it replaced and which are still the
/// previous run's. Every write is atomic, so each file is either wholly old or wholly new; this tells
/// the user which.
/// </summary>
internal sealed class RunOutputs
{
    private const int MaxFilesWatched = 10_000;
    private const int MaxNamesShown = 8;

    private static readonly AsyncLocal<RunOutputs?> Watched = new();

    private readonly string? _path;
    private readonly IReadOnlyDictionary<string, FileStamp>? _before;

    /// <param name="path">The output file or folder; null for a run that writes its data to standard output.</param>
    private RunOutputs(string? path)
    {
        _path = path is null ? null : Path.GetFullPath(path);
        _before = _path is null ? null : Stamp(_path);
    }

    /// <summary>The outputs of the run in progress, when it has any and they were looked at.</summary>
    public static RunOutputs? Current => Watched.Value;

    /// <summary>Notes the state of the output the parsed command line names, until disposed.</summary>
    public static IDisposable Watch(ParseResult parse)
    {
        var previous = Watched.Value;
        Watched.Value = parse.Errors.Count > 0 ? null
            : OutputOf(parse) is { } path ? new RunOutputs(path)
            : parse.CommandResult.Command.Name == "extract" ? new RunOutputs(null)
            : null;
        return new Scope(() => Watched.Value = previous);
    }

    /// <summary>One line on what the interruption left unfinished, for an output of this run.</summary>
    public string DescribeUnfinished()
    {
        if (_path is null) return "standard output holds only the papers extracted before the interruption";
        var now = Stamp(_path);
        if (_before is null || now is null) return $"the files in {_path} could not all be listed; each is complete, either as before the run or as written by it";
        if (!Directory.Exists(_path) && !File.Exists(_path)) return $"nothing was written: {_path} does not exist";
        if (File.Exists(_path))
        {
            return Equal(_before, now)
                ? $"{_path} was not written and is as it was before the run"
                : $"{_path} was written completely before the interruption";
        }
        var replaced = now.Where(f => !_before.TryGetValue(f.Key, out var old) || old != f.Value).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        var kept = _before.Keys.Where(k => now.TryGetValue(k, out var stamp) && stamp == _before[k]).Order(StringComparer.Ordinal).ToList();
        if (replaced.Count == 0)
        {
            return kept.Count == 0
                ? $"nothing was written to {_path}"
                : $"nothing in {_path} was replaced: its {kept.Count} file(s) are still those of the previous run";
        }
        var line = $"in {_path}, replaced (complete): {Names(replaced)}";
        return kept.Count == 0 ? line : line + $"; not replaced (still the previous run's): {Names(kept)}";
    }

    /// <summary>The generic line, for runs whose output is not a file or folder named on the command line.</summary>
    public static string DescribeUnknown() => Current?.DescribeUnfinished()
        ?? "files written before the interruption are complete; the file being written was left as it was";

    private static string? OutputOf(ParseResult parse)
    {
        foreach (var name in new[] { "--update", "--out" })
        {
            if (parse.CommandResult.Command.Options.Any(o => o.Name == name)
                && parse.GetResult(name) is OptionResult { Tokens: [{ Value: { Length: > 0 } value }, ..] })
            {
                return value;
            }
        }
        return null;
    }

    /// <summary>Length and time of every file under the path (temporary files of atomic writes left out); null when too many or unreadable.</summary>
    private static Dictionary<string, FileStamp>? Stamp(string path)
    {
        var stamps = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(path))
            {
                stamps[""] = FileStamp.Of(new FileInfo(path));
                return stamps;
            }
            if (!Directory.Exists(path)) return stamps;
            var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 3, IgnoreInaccessible = true };
            foreach (var file in new DirectoryInfo(path).EnumerateFiles("*", options))
            {
                if (file.Name.StartsWith('.') && file.Name.EndsWith(".tmp", StringComparison.Ordinal)) continue;
                if (stamps.Count == MaxFilesWatched) return null;
                stamps[Path.GetRelativePath(path, file.FullName)] = FileStamp.Of(file);
            }
            return stamps;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool Equal(IReadOnlyDictionary<string, FileStamp> a, IReadOnlyDictionary<string, FileStamp> b) =>
        a.Count == b.Count && a.All(f => b.TryGetValue(f.Key, out var other) && other == f.Value);

    private static string Names(IReadOnlyList<string> names) =>
        string.Join(", ", names.Take(MaxNamesShown)) + (names.Count > MaxNamesShown ? $" and {names.Count - MaxNamesShown} more" : "");

    private readonly record struct FileStamp(long Length, DateTime WrittenUtc)
    {
        public static FileStamp Of(FileInfo file) => new(file.Length, file.LastWriteTimeUtc);
    }
}
