using System.Buffers.Binary;
using System.IO.Compression;

namespace PaperGraph.Ingest;

/// <summary>
/// Decompresses gzip (one member or several concatenated) and, unlike <see cref="GZipStream"/>, notices when
/// the data is cut short: each member's deflate data must be followed by its CRC-32 and length, else reading
/// throws <see cref="InvalidDataException"/> after everything that could be decompressed was returned.
/// </summary>
internal sealed class GzipDecodingStream(Stream compressed) : ForwardOnlyStream
{
    private readonly TapStream _tap = new(compressed);
    private DeflateStream? _member;
    private uint _crc;
    private uint _length;
    private bool _started;
    private bool _finished;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (!_finished)
        {
            if (_member is null && !StartMember()) break;
            var read = _member!.Read(buffer);
            if (read > 0)
            {
                _crc = Crc32.Append(_crc, buffer[..read]);
                _length += (uint)read;
                return read;
            }
            EndMember();
        }
        _finished = true;
        return 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _member?.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>Reads a member header; false at the end of the data (or at trailing bytes that are not gzip).</summary>
    private bool StartMember()
    {
        Span<byte> header = stackalloc byte[10];
        var got = _tap.ReadFully(header);
        if (got == 0 || (_started && header[0] != 0x1F)) return false;
        if (got < 10) throw new InvalidDataException("gzip data is truncated (incomplete header)");
        if (header[0] != 0x1F || header[1] != 0x8B) throw new InvalidDataException("not gzip data (bad magic bytes)");
        if (header[2] != 8) throw new InvalidDataException($"unsupported gzip compression method {header[2]}");
        var flags = header[3];
        if ((flags & 0x04) != 0)
        {
            Span<byte> extraLength = stackalloc byte[2];
            if (_tap.ReadFully(extraLength) < 2) throw Truncated();
            SkipBytes(BinaryPrimitives.ReadUInt16LittleEndian(extraLength));
        }
        if ((flags & 0x08) != 0) SkipZeroTerminated();
        if ((flags & 0x10) != 0) SkipZeroTerminated();
        if ((flags & 0x02) != 0) SkipBytes(2);
        _started = true;
        _crc = 0;
        _length = 0;
        _tap.Recording = true;
        _member = new DeflateStream(_tap, CompressionMode.Decompress, leaveOpen: true);
        return true;
    }

    private void EndMember()
    {
        _tap.Recording = false;
        Span<byte> trailer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, _crc);
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], _length);
        _member!.Dispose();
        _member = null;
        if (!_tap.TakeTrailer(trailer))
        {
            throw new InvalidDataException("gzip data is truncated or corrupt (the end-of-member check does not match)");
        }
    }

    private void SkipBytes(int count)
    {
        Span<byte> one = stackalloc byte[1];
        for (var i = 0; i < count; i++)
        {
            if (_tap.ReadFully(one) == 0) throw Truncated();
        }
    }

    private void SkipZeroTerminated()
    {
        Span<byte> one = stackalloc byte[1];
        do
        {
            if (_tap.ReadFully(one) == 0) throw Truncated();
        }
        while (one[0] != 0);
    }

    private static InvalidDataException Truncated() => new("gzip data is truncated (incomplete header)");

    /// <summary>
    /// Feeds the deflate decoder in small chunks and remembers the last one: the decoder stops inside it at
    /// the end of a member, so the trailer and anything after it are found there and handed back.
    /// </summary>
    private sealed class TapStream(Stream source) : ForwardOnlyStream
    {
        private const int ChunkBytes = 8192;
        private readonly byte[] _last = new byte[ChunkBytes];
        private int _lastLength;
        private byte[] _pushback = [];
        private int _pushbackStart;

        public bool Recording { get; set; }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = ReadRaw(buffer[..Math.Min(buffer.Length, ChunkBytes)]);
            if (Recording)
            {
                buffer[..read].CopyTo(_last);
                _lastLength = read;
            }
            return read;
        }

        public int ReadFully(Span<byte> buffer)
        {
            var total = 0;
            while (total < buffer.Length)
            {
                var read = ReadRaw(buffer[total..]);
                if (read == 0) break;
                total += read;
            }
            return total;
        }

        /// <summary>Finds <paramref name="trailer"/> after the decoder's stopping point and keeps what follows it.</summary>
        public bool TakeTrailer(ReadOnlySpan<byte> trailer)
        {
            var window = new byte[_lastLength + trailer.Length];
            _last.AsSpan(0, _lastLength).CopyTo(window);
            var length = _lastLength + ReadFully(window.AsSpan(_lastLength));
            _lastLength = 0;
            var at = window.AsSpan(0, length).IndexOf(trailer);
            if (at < 0) return false;
            var rest = _pushback.AsSpan(_pushbackStart);
            _pushback = [.. window.AsSpan(at + trailer.Length, length - at - trailer.Length), .. rest];
            _pushbackStart = 0;
            return true;
        }

        private int ReadRaw(Span<byte> buffer)
        {
            var pending = _pushback.Length - _pushbackStart;
            if (pending == 0) return source.Read(buffer);
            var n = Math.Min(pending, buffer.Length);
            _pushback.AsSpan(_pushbackStart, n).CopyTo(buffer);
            _pushbackStart += n;
            return n;
        }
    }
}
