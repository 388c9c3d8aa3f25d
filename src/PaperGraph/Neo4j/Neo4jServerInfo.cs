namespace PaperGraph.Neo4j;

/// <summary>What detection found: the version, the edition, and the path that commits a transaction.</summary>
public sealed record Neo4jServerInfo(string Version, string Edition, string CommitPath)
{
    public int Major => VersionPart(0);

    public int Minor => VersionPart(1);

    /// <summary>True for 3.x: one database, the /db/data endpoints, the ON ... ASSERT schema syntax.</summary>
    public bool IsLegacy => Major < 4;

    private int VersionPart(int index)
    {
        var parts = Version.Split('.', '-');
        return parts.Length > index && int.TryParse(parts[index], out var v) ? v : 0;
    }
}
