namespace PaperGraph.Ingest;

/// <summary>
/// Whether a line closes every bracket it opens (strings respected): then it is a JSON line, whether or not
/// it parses, and a file that starts with one is JSON lines. A pretty-printed document's first line ("{",
/// "[") does not.
/// </summary>
internal static class JsonShape
{
    public static bool IsBalanced(ReadOnlySpan<byte> line)
    {
        var depth = 0;
        var inString = false;
        var escape = false;
        foreach (var b in line)
        {
            if (inString)
            {
                if (escape) escape = false;
                else if (b == (byte)'\\') escape = true;
                else if (b == (byte)'"') inString = false;
            }
            else if (b == (byte)'"') inString = true;
            else if (b is (byte)'{' or (byte)'[') depth++;
            else if (b is (byte)'}' or (byte)']') depth--;
        }
        return depth <= 0 && !inString;
    }
}
