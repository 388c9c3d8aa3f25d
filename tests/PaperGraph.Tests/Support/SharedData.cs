namespace PaperGraph.Tests.Support;

/// <summary>
/// Locates ../shared (beside the repository root) when it is there. Tests that read it use
/// <see cref="SharedDataFactAttribute"/> so they skip cleanly on a machine without it.
/// </summary>
public static class SharedData
{
    // Declared first: Root is computed from it, and static initialisers run in declaration order.
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string? Root { get; } = Find();

    public static bool Available => Root is not null;

    public static string PathOf(string relative) =>
        Path.Combine(Root ?? throw new InvalidOperationException("../shared is not available"), relative);

    private static string? Find()
    {
        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(Path.Combine(candidate, "eval")) ? candidate : null;
    }

    private static string FindRepositoryRoot()
    {
        var baked = typeof(SharedData).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (baked is not null && File.Exists(Path.Combine(baked, "PaperGraph.sln"))) return baked;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperGraph.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("PaperGraph.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs ../shared; skipped with a message when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.Available) Skip = "../shared is not beside the repository";
    }
}

/// <summary>A theory that needs ../shared; skipped with a message when it is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.Available) Skip = "../shared is not beside the repository";
    }
}
