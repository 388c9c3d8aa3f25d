using System.Text.Json;

namespace PaperGraph.Graph;

/// <summary>
/// Reads a JSON document too large to hold whole, token by token, and hands over one complete value
/// (an array element, an object) at a time as its own small reader. The buffer grows only to the
/// size of the largest single value.
/// </summary>
internal sealed class JsonDocumentStream(Stream stream)
{
    public delegate void ValueHandler(ref Utf8JsonReader value);

    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int length;
    private bool final;
    private long discarded;
    private JsonReaderState state;

    /// <summary>Bytes of the document consumed so far, for error messages.</summary>
    public long Position => discarded + start;

    /// <summary>The next token, or None at the end of the document. Containers are entered, not skipped.</summary>
    public JsonTokenType ReadToken(out string? text)
    {
        while (true)
        {
            if (final && start == length)
            {
                text = null;
                return JsonTokenType.None;
            }
            var reader = new Utf8JsonReader(buffer.AsSpan(start, length - start), final, state);
            if (reader.Read())
            {
                text = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString()
                    : reader.TokenType == JsonTokenType.Number ? System.Text.Encoding.UTF8.GetString(reader.ValueSpan)
                    : null;
                Commit(reader.BytesConsumed, reader.CurrentState);
                return reader.TokenType;
            }
            if (final)
            {
                text = null;
                return JsonTokenType.None;
            }
            Refill();
        }
    }

    /// <summary>Reads the next value whole and passes it to the handler; false when the next token closes the enclosing array.</summary>
    public bool ReadValue(ValueHandler handler)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(start, length - start), final, state);
            if (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
                {
                    Commit(reader.BytesConsumed, reader.CurrentState);
                    return false;
                }
                var end = reader;
                if (end.TrySkip())
                {
                    var from = start + (int)reader.TokenStartIndex;
                    var to = start + (int)end.BytesConsumed;
                    var value = new Utf8JsonReader(buffer.AsSpan(from, to - from), isFinalBlock: true, default);
                    handler(ref value);
                    Commit(end.BytesConsumed, end.CurrentState);
                    return true;
                }
            }
            if (final) throw new JsonException("the document ends in the middle of a value");
            Refill();
        }
    }

    private void Commit(long consumed, JsonReaderState next)
    {
        start += (int)consumed;
        state = next;
    }

    // Fills the whole free space, doubling the buffer when a value does not fit, so that a value of
    // n bytes is rescanned only log(n) times.
    private void Refill()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, length - start);
            discarded += start;
            length -= start;
            start = 0;
        }
        if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        while (length < buffer.Length)
        {
            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                final = true;
                return;
            }
            length += read;
        }
    }
}
