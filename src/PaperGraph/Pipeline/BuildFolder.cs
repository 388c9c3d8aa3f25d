namespace PaperGraph.Pipeline;

/// <summary>
/// Where a build keeps what makes the next one incremental (docs/scaling.md): the extraction cache, the
/// manifest of what was built, the build record, and changes.json, beside the outputs of the build.
/// </summary>
internal sealed class BuildFolder(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string CacheFile => System.IO.Path.Combine(Path, "cache", "extractions.jsonl.gz");

    public string ManifestFile => System.IO.Path.Combine(Path, "cache", "manifest.tsv.gz");

    public string InfoFile => System.IO.Path.Combine(Path, "cache", "build.json");

    public string ChangesFile => System.IO.Path.Combine(Path, ChangesJsonWriter.FileName);

    /// <summary>
    /// Removes the previous changes.json before anything else is written: a build that stops half-way must
    /// never leave the old list of changes beside new outputs (a loader then finds none and loads in full).
    /// </summary>
    public void ForgetChanges()
    {
        if (File.Exists(ChangesFile)) File.Delete(ChangesFile);
    }
}
