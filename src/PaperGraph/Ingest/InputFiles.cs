namespace PaperGraph.Ingest;

/// <summary>
/// Expands the inputs a user names into the files to read. A file is read whatever its name; "-" is standard
/// input; a folder is searched recursively for files with an input extension (<see cref="Extensions"/>, also
/// with ".gz"), skipping hidden files and folders (names starting with "."), in ordinal order of their paths
/// so every run reads them in the same order.
/// </summary>
internal static class InputFiles
{
    public const string StandardInput = "-";

    public static readonly string[] Extensions = [".jsonl", ".ndjson", ".json", ".xml", ".atom", ".csv", ".tsv", ".txt"];

    /// <summary>One thing to read: a path (or "-"), or why a named input yields nothing.</summary>
    public readonly record struct Entry(string Name, ReadIssue? Problem);

    public static IEnumerable<Entry> Expand(string input)
    {
        if (input == StandardInput)
        {
            yield return new Entry(input, null);
            yield break;
        }
        if (File.Exists(input))
        {
            yield return new Entry(input, null);
            yield break;
        }
        if (!Directory.Exists(input))
        {
            yield return Problem(input, "no such file or folder");
            yield break;
        }
        var (files, error) = ListFolder(input);
        if (error is not null)
        {
            yield return Problem(input, error);
            yield break;
        }
        if (files.Count == 0)
        {
            yield return Problem(input, $"folder has no input files ({string.Join(", ", Extensions)}, optionally .gz)");
            yield break;
        }
        foreach (var file in files) yield return new Entry(file, null);
    }

    private static bool HasInputExtension(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return Extensions.Contains(Path.GetExtension(name).ToLowerInvariant());
    }

    private static (List<string> Files, string? Error) ListFolder(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            ReturnSpecialDirectories = false,
        };
        try
        {
            var files = Directory.EnumerateFiles(folder, "*", options)
                .Where(path => HasInputExtension(path) && !IsHidden(Path.GetRelativePath(folder, path)))
                .ToList();
            files.Sort(StringComparer.Ordinal);
            return (files, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], "cannot list folder: " + e.Message);
        }
    }

    /// <summary>Dot-names are hidden on Unix; the attribute check covers them on most systems, this on the rest.</summary>
    private static bool IsHidden(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.'));

    private static Entry Problem(string input, string message) =>
        new(input, new ReadIssue(new SourceLocation(input, 0), message) { IsFatalForInput = true });
}
