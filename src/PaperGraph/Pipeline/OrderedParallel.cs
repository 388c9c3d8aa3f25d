using System.Threading.Channels;

namespace PaperGraph.Pipeline;

/// <summary>
/// Maps a stream through a function on several cores and yields the results in input order, holding
/// at most a bounded number of batches in memory. Three kinds of work overlap: one task reads the
/// source into batches, <c>degreeOfParallelism</c> workers map batches, and the caller consumes mapped
/// batches in order while the next ones are being mapped (so a slow consumer, such as the graph
/// builder, costs its own time only, not a pause of every worker).
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

        var inFlight = degreeOfParallelism * 4;
        var work = Channel.CreateBounded<Batch<TIn, TOut>>(new BoundedChannelOptions(inFlight) { SingleWriter = true });
        // Batches in input order; its bound is what keeps memory bounded when the consumer is slow.
        var ordered = Channel.CreateBounded<Batch<TIn, TOut>>(new BoundedChannelOptions(inFlight) { SingleWriter = true, SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => Produce(source, work.Writer, ordered.Writer, batchSize, stop.Token), stop.Token);
        var workers = new Task[degreeOfParallelism];
        for (var w = 0; w < workers.Length; w++) workers[w] = Task.Run(() => Work(work.Reader, map, stop.Token), stop.Token);
        try
        {
            while (Wait(ordered.Reader.WaitToReadAsync(cancellationToken)))
            {
                while (ordered.Reader.TryRead(out var batch))
                {
                    foreach (var result in Wait(batch.Done.Task.WaitAsync(cancellationToken))) yield return result;
                }
            }
        }
        finally
        {
            stop.Cancel();
            try { Task.WaitAll([producer, .. workers], TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        }
    }

    private static T Wait<T>(ValueTask<T> task) => task.AsTask().GetAwaiter().GetResult();

    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private static async Task Work<TIn, TOut>(ChannelReader<Batch<TIn, TOut>> reader, Func<TIn, TOut> map, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    var results = new TOut[batch.Items.Length];
                    for (var i = 0; i < results.Length; i++)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        results[i] = map(batch.Items[i]);
                    }
                    batch.Done.TrySetResult(results);
                }
                catch (Exception e)
                {
                    batch.Done.TrySetException(e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped by the consumer leaving early or by cancellation: it no longer waits for results.
        }
    }

    private static async Task Produce<TIn, TOut>(
        IEnumerable<TIn> source, ChannelWriter<Batch<TIn, TOut>> work, ChannelWriter<Batch<TIn, TOut>> ordered,
        int batchSize, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        var items = new List<TIn>(batchSize);
        async Task Send()
        {
            var batch = new Batch<TIn, TOut>([.. items]);
            items.Clear();
            await ordered.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            await work.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        try
        {
            foreach (var item in source)
            {
                items.Add(item);
                if (items.Count == batchSize) await Send().ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failure = e;
        }
        finally
        {
            // What was read before a failure is still mapped and yielded: nothing already read is lost.
            try
            {
                if (items.Count > 0 && !cancellationToken.IsCancellationRequested) await Send().ConfigureAwait(false);
            }
            finally
            {
                work.TryComplete();
                ordered.TryComplete(failure);
            }
        }
    }

    private sealed class Batch<TIn, TOut>(TIn[] items)
    {
        public TIn[] Items { get; } = items;

        public TaskCompletionSource<TOut[]> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
