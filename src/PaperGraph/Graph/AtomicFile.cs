namespace PaperGraph.Graph;

/// <summary>
/// Writes a file so that readers only ever see the old version or the complete new one (a temporary file
/// renamed over the target; devices, FIFOs and pipes are written in place). The stages from Graph on write
/// through this name; the implementation is Analytics.IO's, the one stage that may use no other.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write) => Analytics.IO.AtomicFile.Write(path, write);
}
