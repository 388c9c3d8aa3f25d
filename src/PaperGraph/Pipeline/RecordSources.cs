using PaperGraph.Export;

namespace PaperGraph.Pipeline;

/// <summary>
/// Record files as papers to build from: the cache of the build being updated, or the files of shards
/// put back into the order of their common input (each file is in that order; a k-way merge by sequence
/// number interleaves them). Records are only peeked at here; workers parse them.
/// </summary>
internal static class RecordSources
{
    /// <summary>The previous build's records in its order; their ids go into <paramref name="built"/>.</summary>
    public static IEnumerable<PendingPaper> Previous(ExtractionRecordReader reader, bool reextract, HashSet<PaperId> built)
    {
        foreach (var raw in reader.ReadRaw())
        {
            var (id, sequence) = Peek(raw);
            // A cache holds each paper once; should one appear twice, the first wins as in the build that wrote it.
            if (!built.Add(new PaperId(id))) continue;
            yield return new PendingPaper(sequence) { Record = raw, Reextract = reextract };
        }
    }

    /// <summary>The records of every file in sequence order, each paper once (the first record of an id wins).</summary>
    public static IEnumerable<PendingPaper> Merged(IReadOnlyList<ExtractionRecordReader> readers, InputCounters counters)
    {
        var streams = readers.Select(r => r.ReadRaw().GetEnumerator()).ToList();
        try
        {
            var queue = new PriorityQueue<int, (long Sequence, int File)>();
            var current = new (RawExtractionRecord Raw, string Id, long Sequence)[streams.Count];
            for (var f = 0; f < streams.Count; f++) Advance(f, long.MinValue);
            var seen = new HashSet<PaperId>();
            while (queue.TryDequeue(out var file, out _))
            {
                var (raw, id, sequence) = current[file];
                Advance(file, sequence);
                if (!seen.Add(new PaperId(id)))
                {
                    counters.CountDuplicate();
                    continue;
                }
                counters.CountPaper();
                yield return new PendingPaper(sequence) { Record = raw };
            }

            void Advance(int file, long after)
            {
                if (!streams[file].MoveNext()) return;
                var raw = streams[file].Current;
                var (id, sequence) = Peek(raw);
                if (sequence < after)
                {
                    throw new ExtractionRecordException(raw.File, raw.LineNumber,
                        $"records out of order (seq {sequence} after {after}): not a file as papergraph extract --records writes it");
                }
                current[file] = (raw, id, sequence);
                queue.Enqueue(file, (sequence, file));
            }
        }
        finally
        {
            foreach (var stream in streams) stream.Dispose();
        }
    }

    private static (string Id, long Sequence) Peek(RawExtractionRecord raw)
    {
        if (raw.TryPeek(out var id, out var sequence)) return (id, sequence);
        // Not in the writer's field order: a full parse either reads it or says exactly what is wrong.
        var record = raw.Parse();
        return (record.Extraction.Paper.Id.Value, record.Sequence);
    }
}
