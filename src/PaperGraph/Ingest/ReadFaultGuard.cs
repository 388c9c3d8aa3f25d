namespace PaperGraph.Ingest;

/// <summary>
/// Turns a failure of the underlying stream (an I/O error, corrupt or truncated gzip) into a clean end of
/// input and keeps the reason, so a reader finishes with everything read before the failure and the input
/// layer then reports it with the line where reading stopped.
/// </summary>
internal sealed class ReadFaultGuard(Stream inner) : ForwardOnlyStream
{
    private long _lineBreaks;

    /// <summary>Why reading stopped early, or null when the input ended normally.</summary>
    public string? Fault { get; private set; }

    /// <summary>The line the fault happened on (1-based), counted from the bytes passed through.</summary>
    public long FaultLine => _lineBreaks + 1;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (Fault is not null) return 0;
        try
        {
            var read = inner.Read(buffer);
            _lineBreaks += buffer[..read].Count((byte)'\n');
            return read;
        }
        catch (InvalidDataException e)
        {
            Fault = e.Message;
        }
        catch (IOException e)
        {
            Fault = "read error: " + e.Message;
        }
        catch (UnauthorizedAccessException e)
        {
            Fault = "read error: " + e.Message;
        }
        return 0;
    }
}
