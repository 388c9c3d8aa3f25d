using System.Text.Unicode;
using CsvHelper;

namespace PaperGraph.Ingest;

/// <summary>
/// CSV (or TSV, semicolon- or bar-separated: the separator is detected) with a header row naming a title
/// column and usually an abstract column (see <see cref="CsvColumns"/>). Quoted fields may span lines. A
/// line over the record limit is cut out before CsvHelper sees it and reported; a quote left open, which
/// would swallow the rest of the file into one field, is reported at the record where it opened.
/// </summary>
internal sealed class CsvPaperReader(IngestOptions options) : IPaperReader
{
    public PaperFormat Format => PaperFormat.Csv;

    public IEnumerable<ReadOutcome> Read(Stream utf8, string sourceName, CancellationToken cancellationToken = default)
    {
        using var lines = new LineLimitStream(utf8, options.MaxRecordBytes);
        var unterminated = new HashSet<long>();
        var csvOptions = new CsvReaderOptions
        {
            TrackLineNumbers = true,
            MaxRecordSize = options.MaxRecordBytes,
            OnMalformedRecord = record =>
            {
                if (record.Reason == CsvMalformedReason.UnterminatedQuote) unterminated.Add(record.LineNumber);
            },
        };
        using var csv = CsvReader.Create(lines, csvOptions, leaveOpen: true);
        var header = Step(() => Columns(csv), sourceName, 1);
        if (header.Issue is not null)
        {
            yield return header.Issue;
            yield break;
        }
        var columns = header.Value!;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = Step(csv.Read, sourceName, csv.LineNumber);
            if (next.Issue is not null)
            {
                foreach (var dropped in DroppedBefore(lines, long.MaxValue, sourceName)) yield return dropped;
                yield return next.Issue;
                yield break;
            }
            if (!next.Value) break;
            var start = csv.LineNumber;
            var end = start + csv.RawRecord.Count((byte)'\n');
            foreach (var dropped in DroppedBefore(lines, start, sourceName)) yield return dropped;
            var at = new SourceLocation(sourceName, start);
            if (lines.Dropped.TryPeek(out var inside) && inside.Line <= end)
            {
                while (lines.Dropped.TryPeek(out var more) && more.Line <= end) lines.Dropped.Dequeue();
                yield return Issue(at, $"record has line {inside.Line} of {SizeText.Describe(inside.Bytes)}, over the {SizeText.Describe(options.MaxRecordBytes)} record limit");
                continue;
            }
            if (unterminated.Contains(start))
            {
                yield return Issue(at, "a quoted field opened here is never closed, so the rest of the input ran into it");
                continue;
            }
            yield return Map(csv, columns, at);
        }
        foreach (var dropped in DroppedBefore(lines, long.MaxValue, sourceName)) yield return dropped;
    }

    private static CsvColumns Columns(CsvReader csv)
    {
        var header = csv.Headers;
        var columns = CsvColumns.Find(header);
        if (columns.Title < 0)
        {
            throw new BadRecordException($"CSV header has no title column (columns: {IssueText.List(header)})");
        }
        return columns;
    }

    private ReadOutcome Map(CsvReader csv, CsvColumns columns, SourceLocation at)
    {
        try
        {
            var title = Field(csv, columns.Title, "title");
            if (string.IsNullOrEmpty(title)) return Issue(at, "empty title");
            var id = Field(csv, columns.Id, "id");
            var url = Field(csv, columns.Url, "url");
            var doi = Field(csv, columns.Doi, "doi");
            var date = Field(csv, columns.Date, "date");
            return new ReadOutcome.Read(new Paper(PaperIds.Choose(id, url, doi, title), title, Field(csv, columns.Abstract, "abstract") ?? "", at)
            {
                Year = JsonFields.YearOf(Field(csv, columns.Year, "year")) ?? JsonFields.YearOf(date),
                Date = date,
                Venue = Field(csv, columns.Venue, "venue"),
                Url = url,
                Authors = AuthorNames.Split(Field(csv, columns.Authors, "authors")),
                Categories = Categories(Field(csv, columns.Categories, "categories")),
            });
        }
        catch (BadRecordException e)
        {
            return Issue(at, e.Message);
        }
    }

    private static string? Field(CsvReader csv, int column, string name)
    {
        if (column < 0 || column >= csv.FieldCount) return null;
        var bytes = csv.GetSpan(column);
        if (!Utf8.IsValid(bytes)) throw new BadRecordException($"invalid UTF-8 in the {name} column (the input is not UTF-8, or is damaged)");
        var text = Utf8Text.DecodeCollapsed(bytes);
        return text.Length == 0 ? null : text;
    }

    /// <summary>"cs.LG cs.AI", "cs.LG; cs.AI" or a Python list "['cs.LG', 'cs.AI']".</summary>
    private static IReadOnlyList<string> Categories(string? text) =>
        text is null ? [] : [.. text.Split([' ', ',', ';', '[', ']', '\'', '"'], StringSplitOptions.RemoveEmptyEntries)];

    private static IEnumerable<ReadOutcome> DroppedBefore(LineLimitStream lines, long line, string sourceName)
    {
        while (lines.Dropped.TryPeek(out var dropped) && dropped.Line < line)
        {
            lines.Dropped.Dequeue();
            yield return new ReadOutcome.Issue(new ReadIssue(new SourceLocation(sourceName, dropped.Line),
                $"line is {SizeText.Describe(dropped.Bytes)}, over the record limit"));
        }
    }

    /// <summary>Runs one CsvHelper step; a failure ends the input with an issue (CsvHelper cannot resume).</summary>
    private static (T? Value, ReadOutcome? Issue) Step<T>(Func<T> step, string sourceName, long line)
    {
        try
        {
            return (step(), null);
        }
        catch (Exception e) when (e is CsvFormatException or BadRecordException)
        {
            var at = e is CsvFormatException { LineNumber: > 0 } format ? format.LineNumber : line;
            var message = e is CsvFormatException ? $"unreadable CSV: {IssueText.OneLine(e.Message.TrimEnd('.'))}; the rest of the input is not read" : e.Message;
            return (default, new ReadOutcome.Issue(new ReadIssue(new SourceLocation(sourceName, at), message) { IsFatalForInput = true }));
        }
    }

    private static ReadOutcome.Issue Issue(SourceLocation at, string message) => new(new ReadIssue(at, message));
}
