using System.CommandLine;
using System.CommandLine.Parsing;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// Parse-time checks that an output option names the right kind of path, so `build --out FILE` is a usage
/// error naming FILE before any input is read, not "could not find a part of the path" after the work.
/// </summary>
internal static class OutputPaths
{
    /// <summary>The option names a folder: an existing one, or a path where one can be made.</summary>
    public static Option<T> MustBeFolder<T>(this Option<T> option)
    {
        option.Validators.Add(result => Check(result, option.Name, wantFolder: true));
        return option;
    }

    /// <summary>The option names a file: not an existing folder, and not inside a file.</summary>
    public static Option<T> MustBeFile<T>(this Option<T> option)
    {
        option.Validators.Add(result => Check(result, option.Name, wantFolder: false));
        return option;
    }

    private static void Check(OptionResult result, string name, bool wantFolder)
    {
        foreach (var token in result.Tokens)
        {
            if (Problem(token.Value, name, wantFolder) is { } problem) result.AddError(problem);
        }
    }

    /// <summary>What is wrong with <paramref name="path"/> as the option's value, or null when nothing is.</summary>
    private static string? Problem(string path, string name, bool wantFolder)
    {
        if (path.Length == 0) return $"{name} needs a path";
        if (wantFolder && File.Exists(path)) return $"{name} must be a folder: {path} is a file";
        if (!wantFolder && Directory.Exists(path)) return $"{name} must be a file: {path} is a folder";
        if (File.Exists(path) || Directory.Exists(path)) return null;
        // A missing path is made by the run, which cannot happen below a file ("out.json/graph").
        for (var parent = Path.GetDirectoryName(Path.GetFullPath(path)); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if (Directory.Exists(parent)) return null;
            if (File.Exists(parent)) return $"{name} cannot be {path}: {parent} is a file";
        }
        return null;
    }
}
