using System.Runtime.InteropServices;

namespace PaperGraph.Cli.Console;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM (what kill, systemd, Docker and CI runners send) stop a run the same way:
/// a command that takes a cancellation token is cancelled and ends with exit 130 and a message saying
/// what it did not finish; a command that does not take one hears SIGTERM as a Ctrl+C. A second signal
/// is not caught, so it stops the process at once.
/// </summary>
/// <remarks>
/// This replaces System.CommandLine's own handler, which cancels on both signals but fails with an
/// unhandled InvalidOperationException (a stack trace and exit 134) when a second signal comes while the
/// command is still finishing its current stage.
/// </remarks>
internal sealed class Interruption : IDisposable
{
    private const int SigInt = 2; // the same number on Linux and macOS

    private readonly CancellationTokenSource _cancel = new();
    private readonly bool _commandTakesToken;
    private readonly PosixSignalRegistration? _interrupt;
    private readonly PosixSignalRegistration? _terminate;

    private Interruption(bool commandTakesToken)
    {
        _commandTakesToken = commandTakesToken;
        if (OperatingSystem.IsWindows() || OperatingSystem.IsBrowser() || OperatingSystem.IsIOS() || OperatingSystem.IsTvOS() || OperatingSystem.IsAndroid())
        {
            return;
        }
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Cancelled by the first SIGINT or SIGTERM.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <param name="commandTakesToken">Whether the command about to run watches <see cref="Token"/>.</param>
    public static Interruption Listen(bool commandTakesToken) => new(commandTakesToken);

    public void Dispose()
    {
        _interrupt?.Dispose();
        _terminate?.Dispose();
        _cancel.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_cancel.IsCancellationRequested) return;
        if (_commandTakesToken)
        {
            context.Cancel = true;
            _cancel.Cancel();
        }
        else if (context.Signal == PosixSignal.SIGTERM)
        {
            // Such a command either listens for Ctrl+C itself (load) or is meant to stop at once on it.
            context.Cancel = true;
            _ = Kill(Environment.ProcessId, SigInt);
        }
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);
}
