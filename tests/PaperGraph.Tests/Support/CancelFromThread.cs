namespace PaperGraph.Tests.Support;

/// <summary>
/// Cancels a token after a delay from a thread of its own. A timer-based CancellationTokenSource fires on
/// the thread pool, which the parallel work it is meant to interrupt keeps busy: on two loaded cores the
/// timer can wait until that work has ended, and a test of cancellation then passes or fails by chance.
/// </summary>
internal sealed class CancelFromThread : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly Thread thread;

    public CancelFromThread(TimeSpan delay)
    {
        thread = new Thread(() =>
        {
            Thread.Sleep(delay);
            source.Cancel();
        }) { IsBackground = true, Name = "cancel-after-" + delay.TotalMilliseconds + "ms" };
        thread.Start();
    }

    public CancellationToken Token => source.Token;

    public void Dispose()
    {
        thread.Join();
        source.Dispose();
    }
}
