using System.Text.RegularExpressions;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Neo4j;

/// <summary>
/// A file of the query pack in cypher/: its statements (comment lines dropped, split at a ';' that
/// ends a line) and the parameters its header documents ("// @param name  type  description").
/// scripts/lint-cypher.mjs reads the files the same way.
/// </summary>
internal sealed partial record CypherFile(string Name, IReadOnlyList<string> Statements, IReadOnlyList<string> Parameters)
{
    public static string Directory => Path.Combine(SharedData.RepositoryRoot, "cypher");

    public string Statement => Statements.Count == 1 ? Statements[0] : throw new InvalidOperationException($"{Name} holds {Statements.Count} statements");

    public static IReadOnlyList<string> AllNames() =>
        System.IO.Directory.GetFiles(Directory, "*.cypher").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    public static CypherFile Read(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Directory, name));
        var parameters = lines.Select(l => ParamLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        var code = string.Join('\n', lines.Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        var statements = Regex.Split(code, @";[ \t]*(?:\n|$)").Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        return new CypherFile(name, statements, parameters);
    }

    [GeneratedRegex(@"^//\s*@param\s+(\w+)\s")]
    private static partial Regex ParamLine();
}
