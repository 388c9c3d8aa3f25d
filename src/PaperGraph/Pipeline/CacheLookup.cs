using System.Collections.Concurrent;
using PaperGraph.Export;

namespace PaperGraph.Pipeline;

/// <summary>
/// The extractions of a folder's cache by content hash, for a build that may meet the same papers again.
/// Only entities and results are kept (a hit takes the paper as the input gives it, whose text is the same
/// by its hash). Each entry is handed out once: a second paper with the same text is simply extracted again,
/// which gives the same result, and memory is released as the build goes.
/// </summary>
internal sealed class CacheLookup
{
    private readonly ConcurrentDictionary<string, (IReadOnlyList<ExtractedEntity> Entities, IReadOnlyList<Result> Results)> entries = new(StringComparer.Ordinal);

    /// <summary>
    /// Loads the cache when it was written by <paramref name="extractorVersion"/>; otherwise, or when it is
    /// unusable, returns null and says why in <paramref name="note"/> (the build then extracts everything).
    /// </summary>
    public static CacheLookup? Load(string path, string extractorVersion, int parallelism, CancellationToken cancellationToken, out string? note)
    {
        note = null;
        if (!File.Exists(path)) return null;
        try
        {
            using var reader = ExtractionRecordReader.Open(path);
            if (reader.Header.ExtractorVersion != extractorVersion)
            {
                note = $"the cache was written by extractor {reader.Header.ExtractorVersion}, this is {extractorVersion}: every paper is extracted again";
                return null;
            }
            var lookup = new CacheLookup();
            foreach (var record in OrderedParallel.Map(reader.ReadRaw(), raw => raw.Parse(), parallelism, 512, cancellationToken))
            {
                lookup.entries.TryAdd(record.Content, (record.Extraction.Entities, record.Extraction.Results));
            }
            return lookup;
        }
        catch (ExtractionRecordException e)
        {
            note = $"the cache is unusable ({e.Message}): every paper is extracted again and the cache rewritten";
            return null;
        }
    }

    public bool TryTake(string content, out IReadOnlyList<ExtractedEntity> entities, out IReadOnlyList<Result> results)
    {
        if (entries.TryRemove(content, out var hit))
        {
            (entities, results) = hit;
            return true;
        }
        (entities, results) = ([], []);
        return false;
    }
}
