namespace PaperGraph.Graph;

/// <summary>
/// Writes a file so that readers only ever see the old version or the complete new one: the content
/// goes to a temporary file in the same folder, is flushed to disk, and then renamed over the target.
/// If writing fails or is interrupted the temporary file is removed and the old file is untouched.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Temporary files are named ".NAME.RANDOM.tmp" beside their target.</summary>
    public const string TemporarySuffix = ".tmp";

    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new ArgumentException($"{path} has no folder", nameof(path));
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Path.GetRandomFileName() + TemporarySuffix);
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
