using System.Globalization;
using System.Text;
using System.Xml;

namespace PaperGraph.Ingest;

/// <summary>
/// Atom feeds as the arXiv API returns them: each feed/entry with id (http://arxiv.org/abs/2106.09685v1),
/// title, summary, published, author/name, category/@term, link and arxiv:doi. Read with a streaming
/// <see cref="XmlReader"/>: no DTD (a DOCTYPE is refused), no external resolution, text bounded per entry.
/// A broken document ends the input with an issue after every entry before the break was read.
/// </summary>
internal sealed class ArxivAtomReader(IngestOptions options) : IPaperReader
{
    private const string ArxivNamespace = "http://arxiv.org/schemas/atom";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    public PaperFormat Format => PaperFormat.ArxivAtom;

    public IEnumerable<ReadOutcome> Read(Stream utf8, string sourceName, CancellationToken cancellationToken = default)
    {
        using var text = new StreamReader(utf8, new UTF8Encoding(false, throwOnInvalidBytes: true), false, 64 * 1024, leaveOpen: true);
        XmlReader? xml = null;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var outcome = Next(ref xml, text, sourceName);
                if (outcome is null) yield break;
                yield return outcome;
                if (outcome is ReadOutcome.Issue { Problem.IsFatalForInput: true }) yield break;
            }
        }
        finally
        {
            xml?.Dispose();
        }
    }

    /// <summary>The next entry or issue; the XML reader is created here because creating it already reads.</summary>
    private ReadOutcome? Next(ref XmlReader? xml, TextReader text, string sourceName)
    {
        try
        {
            // A text reader makes XmlReader ignore the declared encoding: the input layer already decoded it to UTF-8.
            xml ??= XmlReader.Create(text, Settings);
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "entry") return ReadEntry(xml, sourceName);
            }
            return null;
        }
        catch (XmlException e)
        {
            var message = e.Message;
            var cut = message.LastIndexOf(" Line ", StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
            return Fatal(sourceName, e.LineNumber, $"malformed XML: {IssueText.OneLine(message.TrimEnd('.'))}; the rest of the input is not read");
        }
        catch (DecoderFallbackException)
        {
            return Fatal(sourceName, xml is null ? 1 : LineOf(xml), "invalid UTF-8 (the input is not UTF-8, or is damaged); the rest of the input is not read");
        }
    }

    private ReadOutcome ReadEntry(XmlReader xml, string sourceName)
    {
        var at = new SourceLocation(sourceName, LineOf(xml));
        var entry = new EntryFields();
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.NodeType == XmlNodeType.Element && xml.Depth == depth + 1) ReadChild(xml, entry);
            }
        }
        if (entry.TooLong) return Issue(at, $"entry has text over the {SizeText.Describe(options.MaxRecordBytes)} record limit");
        if (entry.Id?.Contains("arxiv.org/api/errors", StringComparison.OrdinalIgnoreCase) == true)
        {
            return Issue(at, $"the arXiv API returned an error: {IssueText.Quote(entry.Summary ?? entry.Title ?? "")}");
        }
        if (string.IsNullOrEmpty(entry.Title)) return Issue(at, "entry has no <title>");
        var published = ParseDate(entry.Published) ?? ParseDate(entry.Updated);
        var url = entry.Url ?? (entry.Id?.StartsWith("http", StringComparison.OrdinalIgnoreCase) == true ? entry.Id : null);
        return new ReadOutcome.Read(new Paper(PaperIds.Choose(entry.Id, url, entry.Doi, entry.Title), entry.Title, entry.Summary ?? "", at)
        {
            Year = published?.Year,
            Date = published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Url = url,
            Authors = entry.Authors,
            Categories = [.. entry.Categories.Distinct(StringComparer.Ordinal)],
        });
    }

    private void ReadChild(XmlReader xml, EntryFields entry)
    {
        var arxiv = xml.NamespaceURI == ArxivNamespace;
        switch (xml.LocalName)
        {
            case "id" when !arxiv: entry.Id = Text(xml, entry); break;
            case "title" when !arxiv: entry.Title = Text(xml, entry); break;
            case "summary" when !arxiv: entry.Summary = Text(xml, entry); break;
            case "content" when !arxiv: entry.Summary ??= Text(xml, entry); break;
            case "published" when !arxiv: entry.Published = Text(xml, entry); break;
            case "updated" when !arxiv: entry.Updated = Text(xml, entry); break;
            case "doi" when arxiv: entry.Doi = Text(xml, entry); break;
            case "author" when !arxiv: ReadAuthor(xml, entry); break;
            case "category" or "primary_category":
                if (xml.GetAttribute("term") is { Length: > 0 } term) entry.Categories.Insert(arxiv ? 0 : entry.Categories.Count, term);
                break;
            case "link" when !arxiv:
                if (xml.GetAttribute("rel") is null or "alternate" && xml.GetAttribute("href") is { Length: > 0 } href) entry.Url ??= href;
                break;
        }
    }

    private void ReadAuthor(XmlReader xml, EntryFields entry)
    {
        if (xml.IsEmptyElement) return;
        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.Depth == depth + 1 && xml.LocalName == "name"
                && Text(xml, entry) is { Length: > 0 } name)
            {
                entry.Authors.Add(name);
            }
        }
    }

    /// <summary>The collapsed text of the element the reader is on, read in chunks up to the record limit.</summary>
    private string Text(XmlReader xml, EntryFields entry)
    {
        if (xml.IsEmptyElement) return "";
        var depth = xml.Depth;
        var text = new StringBuilder();
        var chunk = new char[4096];
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)) continue;
            if (!xml.CanReadValueChunk)
            {
                Append(text, xml.Value.AsSpan(), entry);
                continue;
            }
            int read;
            while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0) Append(text, chunk.AsSpan(0, read), entry);
        }
        return TextNormalizer.Collapse(text.ToString());
    }

    private void Append(StringBuilder text, ReadOnlySpan<char> chunk, EntryFields entry)
    {
        if (text.Length + chunk.Length > options.MaxRecordBytes) entry.TooLong = true;
        else text.Append(chunk);
    }

    private static DateTime? ParseDate(string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    private static long LineOf(XmlReader xml) => xml is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    private static ReadOutcome.Issue Issue(SourceLocation at, string message) => new(new ReadIssue(at, message));

    private static ReadOutcome.Issue Fatal(string sourceName, long line, string message) =>
        new(new ReadIssue(new SourceLocation(sourceName, line), message) { IsFatalForInput = true });

    /// <summary>What an entry contributes, gathered while its children stream past.</summary>
    private sealed class EntryFields
    {
        public string? Id, Title, Summary, Published, Updated, Doi, Url;
        public bool TooLong;
        public readonly List<string> Authors = [];
        public readonly List<string> Categories = [];
    }
}
