using System.Text;
using System.Text.Unicode;

namespace PaperGraph.Ingest;

/// <summary>
/// The text of a Hugging Face daily-papers page: an optional header, then entries of a title line, a blank
/// line, the abstract paragraph and an optional metadata block (see <see cref="HfPageMetadata"/>). Titles
/// and abstracts are told apart by shape, so entries without an abstract or without the metadata block read
/// too. An entry is located at its title's line; its year is the metadata date's, when that has one.
/// </summary>
internal sealed class HfDailyPagesReader(IngestOptions options) : IPaperReader
{
    /// <summary>Longer than any title; a paragraph this long that ends like a sentence is an abstract.</summary>
    private const int MaxTitleChars = 300;

    public PaperFormat Format => PaperFormat.HfDaily;

    public IEnumerable<ReadOutcome> Read(Stream utf8, string sourceName, CancellationToken cancellationToken = default)
    {
        using var lines = new Utf8LineReader(utf8, options.MaxRecordBytes);
        var paragraph = new Paragraph(options.MaxRecordBytes);
        var page = new PageState();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var more = lines.MoveNext();
            if (more && AddLine(lines, paragraph)) continue;
            if (!paragraph.IsEmpty && Accept(paragraph, page, sourceName) is { } done) yield return done;
            paragraph.Clear();
            if (!more) break;
        }
        if (page.CandidateIsTitle(sourceName) is { } titleOnly) yield return titleOnly;
        if (page.Pending is { } last) yield return Emit(last, sourceName);
    }

    /// <summary>Adds the current line to the paragraph; false at a blank line, which ends it.</summary>
    private static bool AddLine(Utf8LineReader lines, Paragraph paragraph)
    {
        if (lines.IsOverlong)
        {
            paragraph.MarkBad(lines.LineNumber, $"line {lines.LineNumber} is {SizeText.Describe(lines.LineBytes)}, over the record limit");
            return true;
        }
        var bytes = lines.Current;
        if (bytes.IndexOfAnyExcept(" \t\r"u8) < 0) return false;
        if (!Utf8.IsValid(bytes))
        {
            paragraph.MarkBad(lines.LineNumber, $"line {lines.LineNumber} has invalid UTF-8 at byte {Utf8Text.FirstInvalidByte(bytes) + 1}");
            return true;
        }
        paragraph.Add(lines.LineNumber, Encoding.UTF8.GetString(bytes));
        return true;
    }

    /// <summary>Feeds a finished paragraph to the page; returns an entry when this paragraph completes one.</summary>
    private static ReadOutcome? Accept(Paragraph paragraph, PageState page, string sourceName)
    {
        if (page.Pending is null && !page.SeenEntry && !paragraph.IsBad && paragraph.Lines.All(HfPageMetadata.IsHeaderLine)) return null;
        if (!paragraph.IsBad && HfPageMetadata.TryParse(paragraph.Lines, out var date))
        {
            if (page.Pending is not { } entry) return null;
            // A short paragraph right before the metadata block was the abstract, not the next title.
            page.CandidateIsAbstract();
            entry.Date ??= date;
            page.Pending = null;
            return Emit(entry, sourceName);
        }
        var text = TextNormalizer.Collapse(string.Join(' ', paragraph.Lines));
        var emitted = paragraph.IsBad ? page.CandidateIsAbstract() : page.CandidateIsTitle(sourceName);
        if (page.Pending is not { } pending)
        {
            page.SeenEntry = true;
            if (!paragraph.IsBad && !LooksLikeTitle(text))
            {
                return Issue(sourceName, paragraph.FirstLine, "a paragraph that reads like an abstract, with no title line before it");
            }
            page.Pending = Entry.Start(paragraph.FirstLine, text, paragraph);
            return null;
        }
        // A bad paragraph cannot be judged by its shape: after an abstract it is taken to start the next entry.
        if (pending.HasAbstract && (paragraph.IsBad || LooksLikeTitle(text)))
        {
            page.Pending = Entry.Start(paragraph.FirstLine, text, paragraph);
            return Emit(pending, sourceName);
        }
        if (!paragraph.IsBad && LooksLikeTitle(text))
        {
            // After a bare title, a title-like paragraph is the abstract only if the metadata block follows.
            page.Candidate = (text, paragraph.FirstLine);
            return emitted;
        }
        pending.AddAbstract(paragraph.Problem, paragraph.ProblemLine, text);
        return emitted;
    }

    /// <summary>Short, not ending like a sentence, at most one sentence break ("When, Why and How Much? Adaptive ...").</summary>
    internal static bool LooksLikeTitle(string text)
    {
        if (text.Length > MaxTitleChars || text.EndsWith('.')) return false;
        var breaks = 0;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] == ' ' && text[i - 1] is '.' or '!' or '?' && char.IsUpper(text[i + 1])) breaks++;
        }
        return breaks < 2;
    }

    private static ReadOutcome Emit(Entry entry, string sourceName)
    {
        var at = new SourceLocation(sourceName, entry.TitleLine);
        if (entry.Problem is { } problem)
        {
            return Issue(sourceName, entry.ProblemLine, $"{problem}; the entry at line {entry.TitleLine} is skipped");
        }
        return new ReadOutcome.Read(new Paper(PaperIds.Choose(null, null, null, entry.Title), entry.Title, entry.Abstract, at)
        {
            Year = entry.Date?.Year,
            Date = entry.Date?.Iso,
        });
    }

    private static ReadOutcome Issue(string sourceName, long line, string message) =>
        new ReadOutcome.Issue(new ReadIssue(new SourceLocation(sourceName, line), message));

    private sealed class PageState
    {
        public Entry? Pending;
        public bool SeenEntry;

        /// <summary>A title-like paragraph after a bare title, waiting for the next paragraph to say what it is.</summary>
        public (string Text, long Line)? Candidate;

        public ReadOutcome? CandidateIsAbstract()
        {
            if (Candidate is { } candidate) Pending!.AddAbstract(null, 0, candidate.Text);
            Candidate = null;
            return null;
        }

        /// <summary>The candidate starts the next entry: the bare title before it is complete.</summary>
        public ReadOutcome? CandidateIsTitle(string sourceName)
        {
            if (Candidate is not { } candidate) return null;
            var done = Pending!;
            Pending = Entry.Start(candidate.Line, candidate.Text, null);
            Candidate = null;
            return Emit(done, sourceName);
        }
    }

    /// <summary>An entry being read: its title, the abstract so far, and the first problem in its lines.</summary>
    private sealed class Entry
    {
        private readonly StringBuilder _abstract = new();

        public required string Title { get; init; }
        public required long TitleLine { get; init; }
        public string? Problem { get; private set; }
        public long ProblemLine { get; private set; }
        public HfPageMetadata.EntryDate? Date { get; set; }
        public string Abstract => _abstract.ToString();
        public bool HasAbstract { get; private set; }

        public static Entry Start(long line, string title, Paragraph? paragraph)
        {
            var entry = new Entry { Title = title, TitleLine = line };
            if (paragraph is not null) entry.NoteProblem(paragraph.Problem, paragraph.ProblemLine);
            return entry;
        }

        public void AddAbstract(string? problem, long problemLine, string text)
        {
            HasAbstract = true;
            NoteProblem(problem, problemLine);
            if (text.Length == 0) return;
            if (_abstract.Length > 0) _abstract.Append(' ');
            _abstract.Append(text);
        }

        private void NoteProblem(string? problem, long line)
        {
            if (Problem is not null || problem is null) return;
            Problem = problem;
            ProblemLine = line;
        }
    }

    /// <summary>The lines between two blank lines, with a budget so a page without blank lines stays bounded.</summary>
    private sealed class Paragraph(int maxChars)
    {
        private readonly List<string> _lines = [];
        private long _chars;

        public IReadOnlyList<string> Lines => _lines;
        public long FirstLine { get; private set; }
        public string? Problem { get; private set; }
        public long ProblemLine { get; private set; }
        public bool IsBad => Problem is not null;
        public bool IsEmpty => _lines.Count == 0 && Problem is null;

        public void Add(long line, string text)
        {
            if (IsEmpty) FirstLine = line;
            _chars += text.Length;
            if (_chars > maxChars) MarkBad(line, $"the paragraph reaching line {line} is over the {SizeText.Describe(maxChars)} record limit");
            else if (!IsBad) _lines.Add(text);
        }

        public void MarkBad(long line, string problem)
        {
            if (IsEmpty) FirstLine = line;
            if (Problem is not null) return;
            Problem = problem;
            ProblemLine = line;
            _lines.Clear();
        }

        public void Clear()
        {
            _lines.Clear();
            _chars = 0;
            Problem = null;
        }
    }
}
