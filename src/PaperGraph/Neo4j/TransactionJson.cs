using System.Buffers;
using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PaperGraph.Neo4j;

/// <summary>
/// Writes the body of a transaction-endpoint request and reads its answer. Writing goes through
/// Utf8JsonWriter directly: a batch of 5,000 papers is megabytes, and reflection-based serialisation
/// of object-typed rows would cost more than the request.
/// </summary>
internal static class TransactionJson
{
    // Abstracts are full of non-ASCII text; escaping it all would make requests up to six times larger.
    internal static JsonWriterOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] WriteRequest(IReadOnlyList<CypherStatement> statements, bool includeStats)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("statements");
            foreach (var s in statements)
            {
                w.WriteStartObject();
                w.WriteString("statement", s.Text);
                w.WritePropertyName("parameters");
                WriteValue(w, s.Parameters);
                if (includeStats) w.WriteBoolean("includeStats", true);
                w.WriteStartArray("resultDataContents");
                w.WriteStringValue("row");
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Parses the answer. A non-empty errors[] is a failure even with HTTP 200: the first error is
    /// thrown with Neo4j's code and message.
    /// </summary>
    public static IReadOnlyList<StatementResult> ReadResponse(JsonDocument document)
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new Neo4jException(Neo4jFailure.Unreachable, "the server's answer is not a Neo4j transaction result");
        if (ReadError(root) is { } error) throw error;
        if (!root.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            throw new Neo4jException(Neo4jFailure.Unreachable, "the server's answer has no results: not a Neo4j transaction endpoint");
        var list = new List<StatementResult>(results.GetArrayLength());
        foreach (var result in results.EnumerateArray())
        {
            var columns = result.TryGetProperty("columns", out var c) ? c.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [];
            var rows = new List<JsonElement[]>();
            if (result.TryGetProperty("data", out var data))
            {
                foreach (var d in data.EnumerateArray())
                {
                    if (d.TryGetProperty("row", out var row)) rows.Add(row.EnumerateArray().Select(x => x.Clone()).ToArray());
                }
            }
            list.Add(new StatementResult(columns, rows, ReadCounters(result)));
        }
        return list;
    }

    /// <summary>The first entry of errors[], as an exception to throw; null when there is none.</summary>
    public static Neo4jException? ReadError(JsonElement root)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
            return null;
        var first = errors[0];
        var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
        var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
        var failure = code switch
        {
            _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => Neo4jFailure.AuthFailed,
            "Neo.ClientError.Database.DatabaseNotFound" => Neo4jFailure.DatabaseNotFound,
            _ => Neo4jFailure.ServerError,
        };
        return new Neo4jException(failure, $"Neo4j error {code}: {FirstLine(message)}", code);
    }

    private static UpdateCounters ReadCounters(JsonElement result)
    {
        if (!result.TryGetProperty("stats", out var s)) return default;
        long Get(string name) => s.TryGetProperty(name, out var v) && v.TryGetInt64(out var n) ? n : 0;
        return new UpdateCounters(Get("nodes_created"), Get("nodes_deleted"), Get("relationships_created"), Get("relationships_deleted"), Get("properties_set"));
    }

    // Neo4j 3.x appends the statement and a caret to syntax errors; the first line says what is wrong.
    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n');
        return newline < 0 ? message : message[..newline].TrimEnd();
    }

    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            // JSON has no NaN or infinity; the property is left unset instead.
            case double d: if (double.IsFinite(d)) w.WriteNumberValue(d); else w.WriteNullValue(); break;
            case IReadOnlyDictionary<string, object?> map:
                w.WriteStartObject();
                foreach (var (k, v) in map)
                {
                    w.WritePropertyName(k);
                    WriteValue(w, v);
                }
                w.WriteEndObject();
                break;
            case IEnumerable items:
                w.WriteStartArray();
                foreach (var item in items) WriteValue(w, item);
                w.WriteEndArray();
                break;
            default: throw new ArgumentException($"unsupported parameter type {value.GetType().Name}");
        }
    }
}
