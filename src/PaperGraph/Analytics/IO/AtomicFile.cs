using System.Runtime.InteropServices;
using System.Text;

namespace PaperGraph.Analytics.IO;

/// <summary>
/// Writes a file whole or not at all: into a temporary file in the same folder, then moved over the
/// target, so a reader never sees half a file and an interrupted run leaves the old one intact.
/// A target that is not a regular file (a FIFO, /dev/null or another device, a pipe named /dev/fd/N) is
/// written straight into: moving a file over it would replace the device or pipe with a plain file. A
/// symbolic link to a regular file stays a link: the file it points to is the one replaced.
/// </summary>
/// <remarks>
/// The one implementation: Analytics uses no other PaperGraph namespace, so the later stages reach it
/// through the Graph stage's AtomicFile, which forwards here.
/// </remarks>
internal static class AtomicFile
{
    public static void WriteText(string path, Action<TextWriter> write) => Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.NewLine = "\n";
        write(writer);
    });

    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var kind = KindOf(full);
        switch (kind)
        {
            case FileKind.Folder:
                throw new IOException($"{path} is a folder, not a file");
            case FileKind.Socket:
                throw new IOException($"{path} is a socket: no file can be written there");
            case FileKind.Special:
                WriteInPlace(full, truncate: false, write);
                return;
        }
        var target = FinalTarget(full);
        if (kind == FileKind.Regular && !File.Exists(target))
        {
            // A /proc "magic link" (/dev/stdout redirected to a file that was since deleted, ...): its text
            // is no path a rename could go to, but the open file behind it can still be written.
            WriteInPlace(full, truncate: true, write);
            return;
        }
        WriteAndRename(target, write);
    }

    private static void WriteAndRename(string full, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(full) ?? throw new ArgumentException($"{full} has no folder", nameof(full));
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Streams into an existing device, pipe or open file: there is nothing to rename, and a reader may be waiting.</summary>
    private static void WriteInPlace(string full, bool truncate, Action<Stream> write)
    {
        // FileShare.ReadWrite: a pipe or device is shared with its reader by nature; no lock is wanted.
        using var stream = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
        if (truncate) stream.SetLength(0);
        write(stream);
        stream.Flush();
    }

    /// <summary>The file a chain of symbolic links ends at, so the rename replaces that file and the links stay.</summary>
    private static string FinalTarget(string full)
    {
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            // Missing, or a loop of links: writing at the path itself gives the usual error or creates the file.
            return full;
        }
    }

    private enum FileKind { Missing, Regular, Folder, Socket, Special, Unknown }

    /// <summary>What is at the path, following symbolic links.</summary>
    private static FileKind KindOf(string full)
    {
        if (OperatingSystem.IsLinux() && LinuxKindOf(full) is { } kind && kind != FileKind.Unknown) return kind;
        if (Directory.Exists(full)) return FileKind.Folder;
        // Without the file type (another Unix, or statx refused), keep at least the device folder safe: a
        // rename there would replace /dev/null or /dev/stdout for every program on the machine.
        if (!OperatingSystem.IsWindows() && full.StartsWith("/dev/", StringComparison.Ordinal) && File.Exists(full)) return FileKind.Special;
        return FileKind.Unknown;
    }

    // .NET's FileSystemInfo cannot tell a FIFO or a device from a regular file (both read as "Normal"), so the
    // type comes from statx(2). Its buffer has one layout on every Linux architecture, unlike struct stat
    // (x64 and arm64 place st_mode differently); glibc has exported it since 2.28, musl since 1.2.5.
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int StatxBufferBytes = 256;
    private const int StatxModeOffset = 28;
    private const int ENOENT = 2;
    private const int ENOTDIR = 20;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int StatX(int directoryFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    private static FileKind? LinuxKindOf(string full)
    {
        var buffer = new byte[StatxBufferBytes];
        int result;
        try
        {
            result = StatX(AtFdCwd, full, 0, StatxType, buffer);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
        if (result != 0) return Marshal.GetLastPInvokeError() is ENOENT or ENOTDIR ? FileKind.Missing : FileKind.Unknown;
        if ((BitConverter.ToUInt32(buffer, 0) & StatxType) == 0) return FileKind.Unknown;
        var mode = BitConverter.ToUInt16(buffer, StatxModeOffset);
        return (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Folder,
            0xC000 => FileKind.Socket,
            0x1000 or 0x2000 or 0x6000 => FileKind.Special, // FIFO, character device, block device
            _ => FileKind.Unknown,
        };
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original exception matters more than a leftover temporary file.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
