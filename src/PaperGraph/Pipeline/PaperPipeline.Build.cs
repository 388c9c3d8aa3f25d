using PaperGraph.Export;
using PaperGraph.Ingest;

namespace PaperGraph.Pipeline;

public sealed partial class PaperPipeline
{
    /// <summary>
    /// Builds the graph of the inputs and writes every output to <paramref name="outputDirectory"/>, with the
    /// extraction cache and manifest that let a later <see cref="Update"/> add papers to it. Papers whose text
    /// the folder's cache already holds (same extractor version) are not extracted again. Each file is
    /// replaced atomically, so an interrupted build leaves the previous outputs intact.
    /// </summary>
    public BuildReport Build(
        IReadOnlyList<string> inputs,
        string outputDirectory,
        IProgress<PipelineProgress>? progress = null,
        Action<ReadIssue>? issues = null,
        Func<Stream>? standardInput = null,
        CancellationToken cancellationToken = default)
    {
        var folder = new BuildFolder(outputDirectory);
        var counters = new InputCounters();
        var notes = new List<string>();
        CacheLookup? cache = null;
        if (Options.UseCache)
        {
            cache = CacheLookup.Load(folder.CacheFile, Extractor.Version, Options.Parallelism, cancellationToken, out var note);
            if (note is not null) notes.Add(note);
        }
        var papers = DistinctPapers(PaperSources.Read(inputs, Options.Format, standardInput, cancellationToken), counters, issues, NoPapers);
        var plan = new RunPlan(papers, Extractor.Version, Options.Analysis, [.. inputs.Select(Absolute)]) { Cache = cache };
        return Run(plan, folder, counters, notes, progress, cancellationToken);
    }

    /// <summary>
    /// Adds the papers of <paramref name="inputs"/> to the build in <paramref name="outputDirectory"/>: the
    /// previous papers come from its cache (extracted again only if the extractor changed), papers it already
    /// holds are skipped (the earlier version is kept, as in a full build), and the graph, analytics, outputs
    /// and changes.json are refreshed with the previous build's community settings. The result equals a full
    /// build of all the inputs in the same order, except that communities keep the ids they had where they
    /// match a previous community (<see cref="Graph.CommunityIdMatcher"/>).
    /// </summary>
    /// <exception cref="BuildStateException">The folder has no usable cache of a previous build.</exception>
    public BuildReport Update(
        IReadOnlyList<string> inputs,
        string outputDirectory,
        IProgress<PipelineProgress>? progress = null,
        Action<ReadIssue>? issues = null,
        Func<Stream>? standardInput = null,
        CancellationToken cancellationToken = default)
    {
        var folder = new BuildFolder(outputDirectory);
        var info = BuildInfo.Read(folder.InfoFile);
        if (!File.Exists(folder.CacheFile))
        {
            throw new BuildStateException(
                $"{folder.Path} has no cache of a previous build ({folder.CacheFile} is missing): build it first, papergraph build INPUTS --out {folder.Path}");
        }
        var counters = new InputCounters();
        var notes = new List<string>();
        var analysis = info is null ? Options.Analysis : Options.Analysis with { Resolution = info.Resolution, Seed = info.Seed };
        try
        {
            using var previous = ExtractionRecordReader.Open(folder.CacheFile);
            var reextract = previous.Header.ExtractorVersion != Extractor.Version;
            if (reextract) notes.Add($"the previous build used extractor {previous.Header.ExtractorVersion}; its papers are extracted again with {Extractor.Version}");
            var built = new HashSet<PaperId>();
            var papers = RecordSources.Previous(previous, reextract, built)
                .Concat(DistinctPapers(PaperSources.Read(inputs, Options.Format, standardInput, cancellationToken), counters, issues, built));
            var plan = new RunPlan(papers, Extractor.Version, analysis, [.. (info?.Inputs ?? []), .. inputs.Select(Absolute)])
            {
                MatchCommunities = true,
            };
            return Run(plan, folder, counters, notes, progress, cancellationToken);
        }
        catch (ExtractionRecordException e)
        {
            throw new BuildStateException(
                $"the cache of the previous build is damaged: {e.Message}. Nothing was changed. Rebuild the folder from its inputs: {BuildInfo.RebuildHint(info, folder.Path)}", e);
        }
    }

    /// <summary>
    /// Builds one graph from record files written by `extract --records` (typically one per shard, run
    /// anywhere): records are put back into the order of their common input and each paper is kept once,
    /// so the graph equals that of one build over the whole input. Records are used as extracted.
    /// </summary>
    /// <exception cref="ExtractionRecordException">A file is missing, damaged or not a record file.</exception>
    /// <exception cref="BuildStateException">The files were written by different extractor versions.</exception>
    public BuildReport Merge(
        IReadOnlyList<string> recordFiles,
        string outputDirectory,
        IProgress<PipelineProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recordFiles);
        var readers = new List<ExtractionRecordReader>();
        try
        {
            foreach (var file in recordFiles) readers.Add(ExtractionRecordReader.Open(file));
            var notes = new List<string>();
            var version = ShardCheck.CommonVersion(readers);
            notes.AddRange(ShardCheck.Coverage(readers));
            var counters = new InputCounters();
            var plan = new RunPlan(RecordSources.Merged(readers, counters), version, Options.Analysis, [.. recordFiles.Select(Absolute)]);
            return Run(plan, new BuildFolder(outputDirectory), counters, notes, progress, cancellationToken);
        }
        finally
        {
            foreach (var reader in readers) reader.Dispose();
        }
    }

    private static string Absolute(string input) => input == "-" ? input : Path.GetFullPath(input);
}
