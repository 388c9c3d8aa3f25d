using System.Text;
using System.Text.Unicode;

namespace PaperGraph.Ingest;

/// <summary>
/// The text of a Hugging Face daily-papers page: an optional header, then entries of a title line, a blank
/// line, the abstract paragraph and an optional metadata block (see <see cref="HfPageMetadata"/>). Titles
/// and abstracts are told apart by shape, so entries without an abstract or without the metadata block read
/// too. A title longer than <see cref="MaxTitleChars"/> is recognised by what follows it (see
/// <see cref="PageState.Long"/>). An entry is located at its title's line; its year is the metadata date's,
/// when that has one.
/// </summary>
internal sealed class HfDailyPagesReader(IngestOptions options) : IPaperReader
{
    /// <summary>Longer than nearly every title: a title-shaped paragraph up to this long is a title by its shape alone.</summary>
    private const int MaxTitleChars = 300;

    public PaperFormat Format => PaperFormat.HfDaily;

    public IEnumerable<ReadOutcome> Read(Stream utf8, string sourceName, CancellationToken cancellationToken = default)
    {
        using var lines = new Utf8LineReader(utf8, options.MaxRecordBytes);
        var paragraph = new Paragraph(options.MaxRecordBytes);
        var page = new PageState(sourceName);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var more = lines.MoveNext();
            if (more && AddLine(lines, paragraph)) continue;
            if (!paragraph.IsEmpty) Accept(paragraph, page);
            paragraph.Clear();
            foreach (var outcome in page.Outbox) yield return outcome;
            page.Outbox.Clear();
            if (!more) break;
        }
        page.CandidateIsTitle();
        page.ResolveLong(isTitle: false);
        if (page.Pending is { } last) page.Outbox.Add(Emit(last, sourceName));
        foreach (var outcome in page.Outbox) yield return outcome;
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

    /// <summary>Feeds a finished paragraph to the page, which puts the entries it completes in its outbox.</summary>
    private static void Accept(Paragraph paragraph, PageState page)
    {
        if (page.Pending is null && !page.SeenEntry && !paragraph.IsBad && paragraph.Lines.All(HfPageMetadata.IsHeaderLine)) return;
        HfPageMetadata.EntryDate? date = null;
        var isMetadata = !paragraph.IsBad && HfPageMetadata.TryParse(paragraph.Lines, out date);
        var text = isMetadata ? "" : TextNormalizer.Collapse(string.Join(' ', paragraph.Lines));
        // A long title-shaped paragraph is a title when an abstract-shaped paragraph follows it.
        page.ResolveLong(isTitle: !isMetadata && !paragraph.IsBad && !LooksLikeTitle(text));
        if (isMetadata)
        {
            if (page.Pending is not { } entry) return;
            // A short paragraph right before the metadata block was the abstract, not the next title.
            page.CandidateIsAbstract();
            entry.Date ??= date;
            page.Pending = null;
            page.Outbox.Add(Emit(entry, page.SourceName));
            return;
        }
        if (paragraph.IsBad) page.CandidateIsAbstract();
        else page.CandidateIsTitle();
        if (page.Pending is not { } pending)
        {
            page.SeenEntry = true;
            // Where no entry is open only a title can stand, whatever its length.
            if (!paragraph.IsBad && !HasTitleShape(text))
            {
                page.Outbox.Add(Issue(page.SourceName, paragraph.FirstLine, "a paragraph that reads like an abstract, with no title line before it"));
                return;
            }
            page.Pending = Entry.Start(paragraph.FirstLine, text, paragraph);
            return;
        }
        // A bad paragraph cannot be judged by its shape: after an abstract it is taken to start the next entry.
        if (pending.HasAbstract && (paragraph.IsBad || LooksLikeTitle(text)))
        {
            page.Pending = Entry.Start(paragraph.FirstLine, text, paragraph);
            page.Outbox.Add(Emit(pending, page.SourceName));
            return;
        }
        if (!paragraph.IsBad && LooksLikeTitle(text))
        {
            // After a bare title, a title-like paragraph is the abstract only if the metadata block follows.
            page.Candidate = (text, paragraph.FirstLine);
            return;
        }
        if (!paragraph.IsBad && HasTitleShape(text))
        {
            page.WaitOnLong(text, paragraph.FirstLine);
            return;
        }
        pending.AddAbstract(paragraph.Problem, paragraph.ProblemLine, text);
    }

    /// <summary>Short, not ending like a sentence, at most one sentence break ("When, Why and How Much? Adaptive ...").</summary>
    internal static bool LooksLikeTitle(string text) => text.Length <= MaxTitleChars && HasTitleShape(text);

    /// <summary>The shape of a title, whatever its length: not ending like a sentence, at most one sentence break.</summary>
    internal static bool HasTitleShape(string text)
    {
        if (text.EndsWith('.')) return false;
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

    private sealed class PageState(string sourceName)
    {
        public string SourceName { get; } = sourceName;

        /// <summary>What the page has completed since the caller last emptied it: entries and issues, in page order.</summary>
        public List<ReadOutcome> Outbox { get; } = [];

        public Entry? Pending;
        public bool SeenEntry;

        /// <summary>A title-like paragraph after a bare title, waiting for the next paragraph to say what it is.</summary>
        public (string Text, long Line)? Candidate;

        /// <summary>
        /// A paragraph of title shape but longer than <see cref="MaxTitleChars"/>, after an open entry: a long
        /// title, or that entry's abstract. The next paragraph decides: an abstract-shaped one makes it a title.
        /// Otherwise, after a bare title (<see cref="Pending"/> set) it is that title's abstract; after an abstract
        /// (the entry already emitted, <see cref="Pending"/> null) it could be the next title or more of that
        /// abstract, so it is reported rather than merged into either paper.
        /// </summary>
        public (string Text, long Line, long EntryLine)? Long;

        public void CandidateIsAbstract()
        {
            if (Candidate is { } candidate) Pending!.AddAbstract(null, 0, candidate.Text);
            Candidate = null;
        }

        /// <summary>The candidate starts the next entry: the bare title before it is complete.</summary>
        public void CandidateIsTitle()
        {
            if (Candidate is not { } candidate) return;
            Outbox.Add(Emit(Pending!, SourceName));
            Pending = Entry.Start(candidate.Line, candidate.Text, null);
            Candidate = null;
        }

        public void WaitOnLong(string text, long line)
        {
            var entry = Pending!;
            if (entry.HasAbstract)
            {
                // Whatever the long paragraph turns out to be, the entry before it is complete.
                Outbox.Add(Emit(entry, SourceName));
                Pending = null;
            }
            Long = (text, line, entry.TitleLine);
        }

        public void ResolveLong(bool isTitle)
        {
            if (Long is not { } waiting) return;
            Long = null;
            if (isTitle)
            {
                if (Pending is { } bare) Outbox.Add(Emit(bare, SourceName));
                Pending = Entry.Start(waiting.Line, waiting.Text, null);
            }
            else if (Pending is { } bare)
            {
                bare.AddAbstract(null, 0, waiting.Text);
            }
            else
            {
                Outbox.Add(Issue(SourceName, waiting.Line,
                    $"a title-shaped paragraph of {waiting.Text.Length:N0} characters right after the abstract of the entry at line {waiting.EntryLine} "
                    + "could be the next title (with no abstract) or more of that abstract; it is skipped"));
            }
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
