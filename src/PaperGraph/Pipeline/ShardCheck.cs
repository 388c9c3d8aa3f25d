using PaperGraph.Export;

namespace PaperGraph.Pipeline;

/// <summary>Checks that record files to merge belong together, and says which shards are missing.</summary>
internal static class ShardCheck
{
    /// <summary>The extractor version all files share; files of different versions would not make one consistent graph.</summary>
    public static string CommonVersion(IReadOnlyList<ExtractionRecordReader> readers)
    {
        if (readers.Count == 0) throw new BuildStateException("nothing to merge: give the record files written by papergraph extract --records");
        var first = readers[0];
        foreach (var reader in readers)
        {
            if (reader.Header.ExtractorVersion == first.Header.ExtractorVersion) continue;
            throw new BuildStateException(
                $"the files come from different extractors: {first.File} from {first.Header.ExtractorVersion}, {reader.File} from {reader.Header.ExtractorVersion}; extract every shard with the same PaperGraph version");
        }
        return first.Header.ExtractorVersion;
    }

    /// <summary>Notes on shards that are missing, given twice, or of different splits.</summary>
    public static IEnumerable<string> Coverage(IReadOnlyList<ExtractionRecordReader> readers)
    {
        var shards = new List<ShardSpec>();
        foreach (var reader in readers)
        {
            if (reader.Header.Shard is { } text && ShardSpec.TryParse(text, out var shard, out _)) shards.Add(shard);
        }
        if (shards.Count == 0) yield break;
        var counts = shards.Select(s => s.Count).Distinct().ToList();
        if (counts.Count > 1)
        {
            yield return $"the files are shards of different splits ({string.Join(", ", counts.Select(c => "n=" + c))}): papers may be missing or merged twice (duplicates are kept once)";
            yield break;
        }
        var n = counts[0];
        var missing = Enumerable.Range(1, n).Where(i => shards.All(s => s.Index != i)).ToList();
        if (missing.Count > 0) yield return $"shard(s) {string.Join(", ", missing.Select(i => $"{i}/{n}"))} missing: the graph lacks their papers";
        foreach (var twice in shards.GroupBy(s => s.Index).Where(g => g.Count() > 1)) yield return $"shard {twice.Key}/{n} given {twice.Count()} times (its papers are kept once)";
    }
}
