using System.Threading.Channels;

namespace PaperGraph.Pipeline;

/// <summary>
/// Maps a stream through a function on several cores and yields the results in input order,
/// holding at most a bounded number of batches in memory. Reading runs on its own task so that
/// parsing input overlaps with the work on the other cores.
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(
        IEnumerable<TIn> source,
        Func<TIn, TOut> map,
        int degreeOfParallelism,
        int batchSize = 256,
        CancellationToken cancellationToken = default)
    {
        if (degreeOfParallelism <= 1)
        {
            foreach (var item in source)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return map(item);
            }
            yield break;
        }

        var batches = Channel.CreateBounded<TIn[]>(new BoundedChannelOptions(degreeOfParallelism * 2)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => Produce(source, batches.Writer, batchSize, stop.Token), stop.Token);
        var options = new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism, CancellationToken = cancellationToken };
        try
        {
            while (WaitForBatch(batches.Reader, cancellationToken))
            {
                while (batches.Reader.TryRead(out var batch))
                {
                    var results = new TOut[batch.Length];
                    Parallel.For(0, batch.Length, options, i => results[i] = map(batch[i]));
                    foreach (var result in results) yield return result;
                }
            }
            // Surfaces an exception the reader threw (a bug: readers report bad input as values).
            producer.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            try { producer.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        }
    }

    private static bool WaitForBatch<T>(ChannelReader<T> reader, CancellationToken cancellationToken) =>
        reader.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult();

    private static async Task Produce<TIn>(IEnumerable<TIn> source, ChannelWriter<TIn[]> writer, int batchSize, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        var batch = new List<TIn>(batchSize);
        try
        {
            foreach (var item in source)
            {
                batch.Add(item);
                if (batch.Count == batchSize)
                {
                    await writer.WriteAsync([.. batch], cancellationToken).ConfigureAwait(false);
                    batch.Clear();
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failure = e;
        }
        finally
        {
            // What was read before a failure is still processed: nothing already read is lost.
            try
            {
                if (batch.Count > 0 && !cancellationToken.IsCancellationRequested)
                {
                    await writer.WriteAsync([.. batch], cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                writer.TryComplete(failure);
            }
        }
    }
}
