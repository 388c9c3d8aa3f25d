using System.Diagnostics;
using System.Net.Sockets;

namespace PaperGraph.Tests.Support;

/// <summary>
/// FIFOs, device nodes, sockets and links for the tests of writers that must not replace them, and their
/// file type as `stat` reports it (independent of the code under test).
/// </summary>
public static class SpecialFiles
{
    public const string CharacterDevice = "character special file";
    public const string Fifo = "fifo";
    public const string Socket = "socket";
    public const string SymbolicLink = "symbolic link";
    public const string RegularFile = "regular file";

    /// <summary>The file type of <paramref name="path"/> itself (a link is not followed), as `stat --format=%F` says it.</summary>
    public static string TypeOf(string path) => Run("stat", "--format=%F", path).Trim();

    public static string MakeFifo(string path)
    {
        Run("mkfifo", path);
        return path;
    }

    /// <summary>
    /// A device that discards what is written, like /dev/null. As root it is a new node with /dev/null's numbers
    /// in <paramref name="folder"/>: a writer that wrongly renamed over it would otherwise replace the machine's
    /// /dev/null for every process. Without root, /dev/null itself, which such a writer cannot replace.
    /// </summary>
    public static string NullDevice(string folder)
    {
        if (!IsRoot()) return "/dev/null";
        var path = Path.Combine(folder, "null");
        Run("mknod", "-m", "666", path, "c", "1", "3");
        return path;
    }

    /// <summary>A listening Unix domain socket at <paramref name="path"/>; disposing it closes the socket (the file stays).</summary>
    public static IDisposable BindSocket(string path)
    {
        var socket = new System.Net.Sockets.Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    /// <summary>Starts `cat FIFO`, the concurrent reader a FIFO needs before a writer can open it.</summary>
    public static FifoReader StartReader(string fifo) => new(fifo);

    private static bool IsRoot() => Run("id", "-u").Trim() == "0";

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {error}");
        return output;
    }
}

/// <summary>`cat FIFO` in a child process: what it read, once the writer closes the FIFO. Disposing it ends a reader still waiting.</summary>
public sealed class FifoReader : IDisposable
{
    private readonly Process _process;

    internal FifoReader(string fifo)
    {
        var start = new ProcessStartInfo("cat", [fifo]) { RedirectStandardOutput = true, UseShellExecute = false };
        _process = Process.Start(start) ?? throw new InvalidOperationException("cat did not start");
        Received = _process.StandardOutput.ReadToEndAsync();
    }

    public Task<string> Received { get; }

    /// <summary>Whether the reader saw the end of the data (the writer closed the FIFO) within <paramref name="timeout"/>.</summary>
    public bool WaitForEnd(TimeSpan timeout) => _process.WaitForExit(timeout);

    public void Dispose()
    {
        // A writer that replaced the FIFO instead of opening it leaves cat blocked in open() for ever.
        if (!_process.HasExited) _process.Kill();
        _process.Dispose();
    }
}

/// <summary>
/// A fact about Unix file types: the writers read them with Linux's statx, so elsewhere (Windows has no FIFOs
/// or device nodes in the file system; other Unixes use a fallback) the test is skipped.
/// </summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "Unix file types (FIFOs, device nodes, sockets) are detected on Linux only";
    }
}
