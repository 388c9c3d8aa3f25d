using PaperGraph.Graph;

namespace PaperGraph.Pipeline;

/// <summary>
/// What an output folder says about its last build, for a loader that sends only what changed
/// (docs/scaling.md, "How `load neo4j` uses it"): the change set, or, when the folder cannot vouch for
/// which build its outputs are (no build record, a build that stopped half-way, an unreadable
/// changes.json), no change set and the reason; a loader then loads in full and records no build.
/// </summary>
public sealed record BuildChanges(ChangeSet? Changes, string? Problem)
{
    public static BuildChanges Read(string folder)
    {
        var build = new BuildFolder(folder);
        if (BuildInfo.Read(build.InfoFile) is not { BuildId.Length: > 0 } info)
            return new BuildChanges(null, "the folder has no build record (cache/build.json)");
        var changes = ChangesJsonReader.Read(build.ChangesFile, info.BuildId, out var problem);
        return new BuildChanges(changes, problem);
    }
}
