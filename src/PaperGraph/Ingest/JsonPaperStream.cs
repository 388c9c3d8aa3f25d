using System.Text.Json;
using System.Text.Unicode;

namespace PaperGraph.Ingest;

/// <summary>Turns one JSON record into a paper; throws <see cref="BadRecordException"/> or <see cref="JsonException"/>.</summary>
internal delegate Paper JsonPaperMapper(ReadOnlySpan<byte> json, SourceLocation at);

/// <summary>
/// The loop every JSON format shares: records from <see cref="JsonRecordReader"/>, each checked to be UTF-8
/// and mapped on its own, so a bad record becomes one issue and the next record is read as usual.
/// </summary>
internal static class JsonPaperStream
{
    public static IEnumerable<ReadOutcome> Read(
        Stream utf8, string sourceName, int maxRecordBytes, JsonPaperMapper map, CancellationToken cancellationToken)
    {
        using var records = new JsonRecordReader(utf8, maxRecordBytes);
        while (records.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Map(records, sourceName, map);
        }
    }

    private static ReadOutcome Map(JsonRecordReader records, string sourceName, JsonPaperMapper map)
    {
        var at = new SourceLocation(sourceName, records.Line);
        if (records.Problem is { } problem)
        {
            return new ReadOutcome.Issue(new ReadIssue(at, problem) { IsFatalForInput = records.StopsInput });
        }
        var json = records.Current;
        if (!Utf8.IsValid(json)) return new ReadOutcome.Issue(new ReadIssue(at, Utf8Text.InvalidMessage(json)));
        try
        {
            return new ReadOutcome.Read(map(json, at));
        }
        catch (BadRecordException e)
        {
            return new ReadOutcome.Issue(new ReadIssue(at, e.Message));
        }
        catch (JsonException e)
        {
            return new ReadOutcome.Issue(new ReadIssue(at, JsonFields.SyntaxMessage(e)));
        }
    }
}
