namespace PaperGraph.Ingest;

/// <summary>
/// A read-only forward stream whose first bytes can be looked at before they are read: format detection and
/// byte order marks need the start of inputs that cannot seek (standard input, gzip).
/// </summary>
internal sealed class PeekableStream(Stream inner) : ForwardOnlyStream
{
    private byte[] _pending = [];
    private int _pendingStart;

    /// <summary>Up to <paramref name="count"/> bytes from the current position, without consuming them.</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        var available = _pending.Length - _pendingStart;
        if (available < count)
        {
            var grown = new byte[count];
            _pending.AsSpan(_pendingStart, available).CopyTo(grown);
            while (available < count)
            {
                var read = inner.Read(grown, available, count - available);
                if (read == 0) break;
                available += read;
            }
            _pending = grown[..available];
            _pendingStart = 0;
        }
        return _pending.AsSpan(_pendingStart, Math.Min(count, available));
    }

    /// <summary>Consumes bytes already peeked (a byte order mark).</summary>
    public void Skip(int count) => _pendingStart += Math.Min(count, _pending.Length - _pendingStart);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var available = _pending.Length - _pendingStart;
        if (available == 0) return inner.Read(buffer);
        var n = Math.Min(available, buffer.Length);
        _pending.AsSpan(_pendingStart, n).CopyTo(buffer);
        _pendingStart += n;
        if (_pendingStart == _pending.Length)
        {
            _pending = [];
            _pendingStart = 0;
        }
        return n;
    }
}
