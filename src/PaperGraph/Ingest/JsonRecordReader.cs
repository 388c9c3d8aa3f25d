namespace PaperGraph.Ingest;

/// <summary>
/// Yields the records of a JSON input as byte spans, choosing the layout from its start: JSON lines (one
/// record per line; the hot path: split on bytes, nothing decoded) when the first line is a complete
/// value, else a JSON document cut into records by <see cref="JsonRecordSplitter"/>. A line that holds an
/// array or an OpenAlex page is cut the same way, so minified documents read too.
/// </summary>
internal sealed class JsonRecordReader : IDisposable
{
    private const int ChunkBytes = 64 * 1024;

    private readonly Stream _stream;
    private readonly int _maxRecordBytes;
    private readonly Utf8LineReader? _lines;
    private readonly byte[] _chunk = [];
    private readonly JsonRecordSplitter? _document;
    private JsonRecordSplitter? _lineSplitter;
    private JsonRecordSplitter? _source;
    private int _chunkLength;
    private int _position;
    private bool _finished;

    public JsonRecordReader(Stream utf8, int maxRecordBytes)
    {
        var peekable = utf8 as PeekableStream ?? new PeekableStream(utf8);
        _stream = peekable;
        _maxRecordBytes = maxRecordBytes;
        if (IsDocument(peekable.Peek(ChunkBytes)))
        {
            _chunk = new byte[ChunkBytes];
            _document = new JsonRecordSplitter(maxRecordBytes, firstLine: 1);
        }
        else
        {
            _lines = new Utf8LineReader(peekable, maxRecordBytes);
        }
    }

    /// <summary>The current record, valid until the next <see cref="MoveNext"/>; empty when there is a problem.</summary>
    public ReadOnlySpan<byte> Current =>
        Problem is not null ? default : _source is not null ? _source.Record : _lines!.Current;

    /// <summary>The line the current record starts on.</summary>
    public long Line { get; private set; }

    /// <summary>Why the current record cannot be read, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>True when the problem ends the input: nothing after it can be found reliably.</summary>
    public bool StopsInput { get; private set; }

    public bool MoveNext()
    {
        Problem = null;
        _source = null;
        if (_finished) return false;
        return _document is not null ? NextFromDocument(_document) : NextFromLines(_lines!);
    }

    public void Dispose()
    {
        _lines?.Dispose();
        _document?.Dispose();
        _lineSplitter?.Dispose();
    }

    private bool NextFromLines(Utf8LineReader lines)
    {
        while (true)
        {
            if (_lineSplitter is not null)
            {
                if (NextFromLine(_lineSplitter, lines.Current)) return true;
                _lineSplitter.Dispose();
                _lineSplitter = null;
            }
            if (!lines.MoveNext())
            {
                _finished = true;
                return false;
            }
            Line = lines.LineNumber;
            if (lines.IsOverlong)
            {
                Problem = OverlongMessage("line", lines.LineBytes);
                return true;
            }
            var line = lines.Current;
            var start = line.IndexOfAnyExcept(" \t\r"u8);
            if (start < 0) continue;
            if (line[start] != (byte)'[' && (line[start] != (byte)'{' || line.IndexOf("\"results\""u8) < 0)) return true;
            _lineSplitter = new JsonRecordSplitter(_maxRecordBytes, Line);
            _position = 0;
        }
    }

    /// <summary>The next record of a line that holds several; false when the line is done.</summary>
    private bool NextFromLine(JsonRecordSplitter splitter, ReadOnlySpan<byte> line)
    {
        if (_position > line.Length) return false;
        if (splitter.Scan(line, ref _position)) return Take(splitter);
        _position = line.Length + 1;
        if (splitter.Fatal is not null)
        {
            Problem = splitter.Fatal;
            return true;
        }
        if (!splitter.Finish(out var problem)) return false;
        if (problem is null) return Take(splitter);
        Problem = problem;
        return true;
    }

    private bool NextFromDocument(JsonRecordSplitter splitter)
    {
        while (true)
        {
            if (_position < _chunkLength && splitter.Scan(_chunk.AsSpan(0, _chunkLength), ref _position))
            {
                Line = splitter.RecordLine;
                return Take(splitter);
            }
            if (splitter.Fatal is not null)
            {
                Line = splitter.RecordLine;
                Problem = splitter.Fatal + "; the rest of the input is not read";
                StopsInput = true;
                _finished = true;
                return true;
            }
            _chunkLength = _stream.Read(_chunk, 0, _chunk.Length);
            _position = 0;
            if (_chunkLength > 0) continue;
            _finished = true;
            if (!splitter.Finish(out var problem)) return false;
            Line = splitter.RecordLine;
            if (problem is null) return Take(splitter);
            Problem = problem;
            return true;
        }
    }

    private bool Take(JsonRecordSplitter splitter)
    {
        if (splitter.RecordTooLarge) Problem = OverlongMessage("record", splitter.RecordBytes);
        else _source = splitter;
        return true;
    }

    private string OverlongMessage(string what, long bytes) =>
        $"{what} is {SizeText.Describe(bytes)}, over the {SizeText.Describe(_maxRecordBytes)} record limit";

    /// <summary>A document unless the first line is a complete value (JSON lines, or a document on one line).</summary>
    private static bool IsDocument(ReadOnlySpan<byte> head)
    {
        var start = head.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0) return false;
        head = head[start..];
        if (head[0] == (byte)'[') return true;
        if (head[0] != (byte)'{') return false;
        var newline = head.IndexOf((byte)'\n');
        return newline >= 0 && !JsonShape.IsBalanced(head[..newline]);
    }
}
