namespace PaperGraph.Ingest;

/// <summary>
/// Passes a UTF-8 stream through line by line, replacing each line over the limit with an empty line and
/// noting its number and length. Line numbers downstream stay true, and a parser that buffers whole records
/// (CSV) never sees the huge line.
/// </summary>
internal sealed class LineLimitStream(Stream utf8, int maxLineBytes) : ForwardOnlyStream
{
    private readonly Utf8LineReader _lines = new(utf8, maxLineBytes);
    private readonly Queue<(long Line, long Bytes)> _dropped = new();
    private byte[] _pending = [];
    private int _pendingStart;
    private int _pendingLength;

    /// <summary>The lines replaced so far, oldest first; the consumer dequeues them as it passes them.</summary>
    public Queue<(long Line, long Bytes)> Dropped => _dropped;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_pendingStart == _pendingLength && !NextLine()) return 0;
        var n = Math.Min(buffer.Length, _pendingLength - _pendingStart);
        _pending.AsSpan(_pendingStart, n).CopyTo(buffer);
        _pendingStart += n;
        return n;
    }

    private bool NextLine()
    {
        if (!_lines.MoveNext()) return false;
        var line = _lines.IsOverlong ? default : _lines.Current;
        if (_lines.IsOverlong) _dropped.Enqueue((_lines.LineNumber, _lines.LineBytes));
        if (_pending.Length < line.Length + 1) _pending = new byte[Math.Max(line.Length + 1, _pending.Length * 2)];
        line.CopyTo(_pending);
        _pending[line.Length] = (byte)'\n';
        _pendingStart = 0;
        _pendingLength = line.Length + 1;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _lines.Dispose();
        base.Dispose(disposing);
    }
}
