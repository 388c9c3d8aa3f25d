using System.Buffers;

namespace PaperGraph.Ingest;

/// <summary>
/// Finds the records of a JSON document by scanning bytes, without parsing them: the top-level values one
/// after the other, where an array contributes its elements and an object with a "results" array (an
/// OpenAlex page) contributes that array's elements. Nesting is a counter, not recursion, so no depth can
/// overflow the stack; a record is copied out only up to the size limit, so no size can exhaust memory.
/// Each record is then parsed on its own, and a bad one costs only itself.
/// </summary>
internal sealed class JsonRecordSplitter(int maxRecordBytes, long firstLine) : IDisposable
{
    private enum Capture { None, Container, Text, Literal }

    private static ReadOnlySpan<byte> ResultsKey => "results"u8;

    private byte[] _record = ArrayPool<byte>.Shared.Rent(4096);
    private int _recordLength;
    private long _recordBytes;
    private Capture _capture;
    private int _captureDepth;
    private int _captureFrom;
    private long _line = firstLine;
    private long _recordLine;
    private int _depth;
    private int _recordsDepth;
    private bool _inTopObject;
    private bool _inResults;
    private bool _inString;
    private bool _escape;
    private bool _expectKey;
    private int _keyMatched = -1;
    private bool _lastKeyIsResults;
    private bool _afterResultsColon;

    /// <summary>The record found by the last successful <see cref="Scan"/>, valid until the next call.</summary>
    public ReadOnlySpan<byte> Record => _record.AsSpan(0, _recordLength);

    /// <summary>The line the record starts on.</summary>
    public long RecordLine { get; private set; }

    /// <summary>True when the record was over the size limit: only its length is known.</summary>
    public bool RecordTooLarge { get; private set; }

    public long RecordBytes => _recordBytes;

    /// <summary>Set when the structure is broken beyond recovery (a closing bracket with nothing open).</summary>
    public string? Fatal { get; private set; }

    /// <summary>
    /// Scans <paramref name="data"/> from <paramref name="position"/>; true when a record is complete (and
    /// <paramref name="position"/> is where scanning resumes), false when the data is used up.
    /// </summary>
    public bool Scan(ReadOnlySpan<byte> data, ref int position)
    {
        _captureFrom = 0;
        for (var i = position; i < data.Length; i++)
        {
            var b = data[i];
            if (b == (byte)'\n') _line++;
            if (_inString)
            {
                if (ScanStringByte(b) && _capture == Capture.Text && _depth == _captureDepth)
                {
                    return Complete(data, i + 1, out position);
                }
                continue;
            }
            if (_capture == Capture.Literal && IsLiteralEnd(b))
            {
                // The delimiter is scanned again on the next call: it may close a container.
                if (b == (byte)'\n') _line--;
                return Complete(data, i, out position);
            }
            if (!ScanStructuralByte(data, i, b))
            {
                position = data.Length;
                return false;
            }
            if (_capture == Capture.Container && _depth == _captureDepth && (b == (byte)'}' || b == (byte)']'))
            {
                return Complete(data, i + 1, out position);
            }
        }
        if (_capture != Capture.None) Append(data[_captureFrom..]);
        position = data.Length;
        return false;
    }

    /// <summary>At the end of the input: completes a trailing literal, or says why the data ends too soon.</summary>
    public bool Finish(out string? problem)
    {
        problem = null;
        if (_capture == Capture.Literal)
        {
            EndRecord();
            return true;
        }
        if (_capture != Capture.None)
        {
            RecordLine = _recordLine;
            problem = "the JSON ends inside this record (is the file truncated?)";
            _capture = Capture.None;
            return true;
        }
        if (_depth > 0 || _inString)
        {
            RecordLine = _line;
            problem = "the JSON document ends before it is closed (is the file truncated?)";
            _depth = 0;
            _inString = false;
            return true;
        }
        return false;
    }

    public void Dispose()
    {
        if (_record.Length == 0) return;
        ArrayPool<byte>.Shared.Return(_record);
        _record = [];
    }

    /// <summary>Returns true when the byte closes the string.</summary>
    private bool ScanStringByte(byte b)
    {
        if (_escape)
        {
            _escape = false;
            _keyMatched = -1;
            return false;
        }
        if (b == (byte)'\\')
        {
            _escape = true;
            _keyMatched = -1;
            return false;
        }
        if (b == (byte)'"')
        {
            _inString = false;
            if (_keyMatched >= 0) _lastKeyIsResults = _keyMatched == ResultsKey.Length;
            _keyMatched = -1;
            return true;
        }
        if (_keyMatched >= 0)
        {
            _keyMatched = _keyMatched < ResultsKey.Length && ResultsKey[_keyMatched] == b ? _keyMatched + 1 : int.MinValue;
        }
        return false;
    }

    /// <summary>Tracks nesting, keys of the top object and where records start; false on broken structure.</summary>
    private bool ScanStructuralByte(ReadOnlySpan<byte> data, int i, byte b)
    {
        switch (b)
        {
            case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n':
                return true;
            case (byte)'"':
                if (_capture == Capture.None && _depth == _recordsDepth) StartRecord(i, Capture.Text);
                if (_inTopObject && _depth == 1 && _expectKey) _keyMatched = 0;
                _inString = true;
                _afterResultsColon = false;
                return true;
            case (byte)'{' or (byte)'[':
                OpenContainer(i, b);
                return true;
            case (byte)'}' or (byte)']':
                return CloseContainer(data, i);
            case (byte)',':
                if (_inTopObject && _depth == 1) _expectKey = true;
                _afterResultsColon = false;
                return true;
            case (byte)':':
                if (_inTopObject && _depth == 1)
                {
                    _expectKey = false;
                    _afterResultsColon = _lastKeyIsResults;
                }
                return true;
            default:
                if (_capture == Capture.None && _depth == _recordsDepth) StartRecord(i, Capture.Literal);
                _afterResultsColon = false;
                return true;
        }
    }

    private void OpenContainer(int i, byte b)
    {
        if (_depth == 0 && _capture == Capture.None)
        {
            if (b == (byte)'[')
            {
                _recordsDepth = 1;
            }
            else
            {
                // The top object is a record unless it turns out to hold a "results" array.
                _inTopObject = true;
                _expectKey = true;
                _lastKeyIsResults = false;
                _recordsDepth = -1;
                StartRecord(i, Capture.Container);
            }
        }
        else if (_capture == Capture.None && _depth == _recordsDepth)
        {
            StartRecord(i, Capture.Container);
        }
        else if (_inTopObject && _depth == 1 && b == (byte)'[' && _afterResultsColon)
        {
            _capture = Capture.None;
            _recordLength = 0;
            _inResults = true;
            _recordsDepth = 2;
        }
        _afterResultsColon = false;
        _depth++;
    }

    private bool CloseContainer(ReadOnlySpan<byte> data, int i)
    {
        _depth--;
        _afterResultsColon = false;
        if (_depth < 0)
        {
            Fatal = $"unexpected '{(char)data[i]}' on line {_line}: a closing bracket with nothing open";
            RecordLine = _line;
            return false;
        }
        if (_inResults && _depth == 1)
        {
            _inResults = false;
            _recordsDepth = -1;
        }
        if (_depth == 0)
        {
            _inTopObject = false;
            _recordsDepth = 0;
        }
        return true;
    }

    private static bool IsLiteralEnd(byte b) =>
        b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',' or (byte)']' or (byte)'}';

    private void StartRecord(int i, Capture kind)
    {
        _capture = kind;
        _captureDepth = _depth;
        _captureFrom = i;
        _recordLength = 0;
        _recordBytes = 0;
        _recordLine = _line;
    }

    private bool Complete(ReadOnlySpan<byte> data, int end, out int position)
    {
        Append(data[_captureFrom..end]);
        EndRecord();
        position = end;
        return true;
    }

    private void EndRecord()
    {
        _capture = Capture.None;
        RecordLine = _recordLine;
        RecordTooLarge = _recordBytes > maxRecordBytes;
        if (RecordTooLarge) _recordLength = 0;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        _recordBytes += bytes.Length;
        if (_recordBytes > maxRecordBytes) return;
        if (_recordLength + bytes.Length > _record.Length)
        {
            var grown = ArrayPool<byte>.Shared.Rent(Math.Max(_record.Length * 2, _recordLength + bytes.Length));
            _record.AsSpan(0, _recordLength).CopyTo(grown);
            ArrayPool<byte>.Shared.Return(_record);
            _record = grown;
        }
        bytes.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += bytes.Length;
    }
}
