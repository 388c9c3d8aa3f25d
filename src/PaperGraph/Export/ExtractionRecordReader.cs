using System.Text.Json;
using PaperGraph.Ingest;

namespace PaperGraph.Export;

/// <summary>
/// Reads a file written by <see cref="ExtractionRecordWriter"/> (plain or gzip, found by its magic bytes):
/// the header on opening, then the records, streaming, in file order. Any problem, from a missing file to
/// one malformed record, is an <see cref="ExtractionRecordException"/> naming the file and line: records
/// feed a graph that must equal a fresh build, so none is silently skipped.
/// </summary>
public sealed class ExtractionRecordReader : IDisposable
{
    /// <summary>Records hold a whole abstract and its extraction; anything longer is not one of ours.</summary>
    private const int MaxRecordBytes = 64 << 20;

    private readonly Stream raw;
    private readonly DecodedInput input;
    private readonly Utf8LineReader lines;

    private ExtractionRecordReader(string path, Stream raw)
    {
        File = path;
        this.raw = raw;
        input = DecodedInput.Open(raw);
        lines = new Utf8LineReader(input.Text, MaxRecordBytes);
        Header = ReadHeader();
    }

    public string File { get; }

    public ExtractionRecordHeader Header { get; }

    /// <summary>Opens a record file and reads its header.</summary>
    public static ExtractionRecordReader Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ExtractionRecordException(path, 0, "no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ExtractionRecordException(path, 0, "cannot open: " + e.Message);
        }
        try
        {
            return new ExtractionRecordReader(path, stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The records after the header, in file order; a blank line is allowed and skipped.</summary>
    public IEnumerable<ExtractionRecord> ReadAll() => ReadRaw().Select(raw => raw.Parse());

    /// <summary>
    /// The record lines unparsed, with their line numbers, for callers that parse on several cores. A file
    /// cut short (a truncated gzip) throws at its end rather than hand out its last, partial line.
    /// </summary>
    public IEnumerable<RawExtractionRecord> ReadRaw()
    {
        RawExtractionRecord? pending = null;
        while (NextLine() is { } bytes)
        {
            if (pending is not null) yield return pending;
            pending = new RawExtractionRecord(bytes, File, lines.LineNumber);
        }
        if (input.Fault is not null) throw Bad(input.FaultLine, $"{input.Fault}: the file is truncated or damaged");
        if (pending is not null) yield return pending;
    }

    public void Dispose()
    {
        lines.Dispose();
        raw.Dispose();
    }

    private byte[]? NextLine()
    {
        while (lines.MoveNext())
        {
            if (lines.IsOverlong) throw Bad(lines.LineNumber, $"line is {lines.LineBytes:N0} bytes, longer than any record");
            var line = lines.Current;
            if (line.Trim(" \t"u8).IsEmpty) continue;
            return line.ToArray();
        }
        return null;
    }

    private ExtractionRecordHeader ReadHeader()
    {
        var first = NextLine()
            ?? throw Bad(input.FaultLine, input.Fault is null ? "empty file: no header line" : $"{input.Fault}: the file is truncated or damaged");
        try
        {
            using var doc = JsonDocument.Parse(first);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("schema"u8, out var schema) || schema.ValueKind != JsonValueKind.String
                || !(schema.GetString() ?? "").StartsWith("papergraph/extractions@", StringComparison.Ordinal))
            {
                throw Bad(lines.LineNumber, $"not a PaperGraph extraction record file (the first line should have \"schema\": \"{ExtractionRecordHeader.CurrentSchema}\"; write one with papergraph extract --records)");
            }
            if (schema.GetString() != ExtractionRecordHeader.CurrentSchema)
            {
                throw Bad(lines.LineNumber, $"written in format {schema.GetString()}, this version reads {ExtractionRecordHeader.CurrentSchema}");
            }
            if (!root.TryGetProperty("extractor"u8, out var version) || version.ValueKind != JsonValueKind.String)
            {
                throw Bad(lines.LineNumber, "the header has no \"extractor\" version");
            }
            var shard = root.TryGetProperty("shard"u8, out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            return new ExtractionRecordHeader(version.GetString()!) { Shard = shard };
        }
        catch (JsonException e)
        {
            throw Bad(lines.LineNumber, "not a PaperGraph extraction record file: the first line is not JSON (" + IssueText.OneLine(e.Message, 120) + ")");
        }
    }

    private ExtractionRecordException Bad(long line, string problem) => new(File, line, problem);
}
