namespace PaperGraph.Tests.Reliability.Support;

/// <summary>
/// The hostile-input corpus under TestData/Reliability: small broken or hostile files, each meant to be read
/// between good-before.jsonl and good-after.jsonl, whose papers are titled "Reliability {tag} good paper {i}".
/// </summary>
internal static class ReliabilityCorpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "Reliability");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>The good papers that surround every bad input.</summary>
    public static IReadOnlyList<string> NeighbourTitles { get; } =
        [.. new[] { "before", "after" }.SelectMany(tag => Enumerable.Range(0, 3).Select(i => $"Reliability {tag} good paper {i}"))];

    /// <summary>The inputs of one case: the bad file between the two good ones.</summary>
    public static string[] Between(string file) => [PathOf("good-before.jsonl"), PathOf(file), PathOf("good-after.jsonl")];
}
