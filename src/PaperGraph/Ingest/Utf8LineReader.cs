using System.Buffers;

namespace PaperGraph.Ingest;

/// <summary>
/// Splits a UTF-8 stream into lines on the byte level, without decoding. A line longer than the limit is
/// never held whole: the reader skips to its end counting bytes and reports it as overlong, so memory stays
/// bounded by the limit whatever the input. Line ends are LF or CR LF; the line does not include them.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private const int InitialBufferBytes = 64 * 1024;

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private int _lineStart;
    private int _lineLength;
    private bool _endOfStream;

    public Utf8LineReader(Stream stream, int maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferBytes, maxLineBytes + 2));
    }

    /// <summary>The 1-based number of the current line.</summary>
    public long LineNumber { get; private set; }

    /// <summary>True when the current line was longer than the limit; <see cref="Current"/> is then empty.</summary>
    public bool IsOverlong { get; private set; }

    /// <summary>The length in bytes of the current line, also when it was overlong and not kept.</summary>
    public long LineBytes { get; private set; }

    /// <summary>The current line, valid until the next <see cref="MoveNext"/>.</summary>
    public ReadOnlySpan<byte> Current => _buffer.AsSpan(_lineStart, _lineLength);

    public bool MoveNext()
    {
        IsOverlong = false;
        _lineLength = 0;
        var scanFrom = _start;
        while (true)
        {
            var newline = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = scanFrom + newline;
                var lineStart = _start;
                _start = lineEnd + 1;
                SetLine(lineStart, lineEnd);
                return true;
            }
            if (_endOfStream)
            {
                if (_start == _end) return false;
                var lineStart = _start;
                _start = _end;
                SetLine(lineStart, _end);
                return true;
            }
            if (_end - _start > _maxLineBytes)
            {
                SkipOverlongLine();
                return true;
            }
            scanFrom = Fill();
        }
    }

    public void Dispose()
    {
        if (_buffer.Length == 0) return;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void SetLine(int start, int end)
    {
        LineNumber++;
        if (end > start && _buffer[end - 1] == (byte)'\r') end--;
        if (LineNumber == 1 && _buffer.AsSpan(start, end - start).StartsWith(Utf8Bom)) start += Utf8Bom.Length;
        LineBytes = end - start;
        if (LineBytes > _maxLineBytes)
        {
            IsOverlong = true;
            return;
        }
        _lineStart = start;
        _lineLength = end - start;
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Makes room and reads more; returns where scanning for a line end should resume.</summary>
    private int Fill()
    {
        var pending = _end - _start;
        if (_start > 0 && (_end == _buffer.Length || _start > _buffer.Length / 2))
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
            _start = 0;
            _end = pending;
        }
        if (_end == _buffer.Length)
        {
            var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, _maxLineBytes + 2L));
            _buffer.AsSpan(_start, pending).CopyTo(grown);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = grown;
            _start = 0;
            _end = pending;
        }
        var scanFrom = _end;
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _endOfStream = true;
        _end += read;
        return scanFrom;
    }

    /// <summary>Drops the line read so far and reads on to its end, counting bytes but keeping none.</summary>
    private void SkipOverlongLine()
    {
        long length = _end - _start;
        _start = _end = 0;
        while (true)
        {
            var read = _stream.Read(_buffer, 0, _buffer.Length);
            if (read == 0)
            {
                _endOfStream = true;
                break;
            }
            var newline = _buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                length += newline;
                _start = newline + 1;
                _end = read;
                break;
            }
            length += read;
        }
        LineNumber++;
        IsOverlong = true;
        LineBytes = length;
    }
}
