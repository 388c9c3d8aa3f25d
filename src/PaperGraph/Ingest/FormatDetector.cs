using System.Buffers;
using System.Text;

namespace PaperGraph.Ingest;

/// <summary>
/// Decides an input's format from its first bytes (UTF-8, gzip already undone), or says in one line why it is
/// none of the formats. <see cref="Refuse"/> applies even when the format is given: no format reads an empty
/// file, a PDF or binary data.
/// </summary>
internal static class FormatDetector
{
    /// <summary>How much of each input is looked at.</summary>
    public const int SniffBytes = 64 * 1024;

    /// <summary>Why the input cannot be a paper list whatever its format, or null.</summary>
    /// <param name="head">The first bytes; fewer than <see cref="SniffBytes"/> only when that is the whole input.</param>
    public static string? Refuse(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty) return "empty file";
        if (head.IndexOfAnyExcept(" \t\r\n\f"u8) < 0 && head.Length < SniffBytes) return "empty file (only whitespace)";
        if (head.StartsWith("%PDF"u8)) return "looks like a PDF document, not a paper list (extract its text, or give the paper's abstract page)";
        if (head.StartsWith("PK\u0003\u0004"u8)) return "a ZIP archive, not a paper list (unzip it first)";
        if (head.StartsWith("BZh"u8) && head.Length > 3 && char.IsAsciiDigit((char)head[3])) return "bzip2-compressed data: only gzip is read transparently";
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0])) return "xz-compressed data: only gzip is read transparently";
        if (head.StartsWith((ReadOnlySpan<byte>)[0x28, 0xB5, 0x2F, 0xFD])) return "zstd-compressed data: only gzip is read transparently";
        if (head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])) return "gzip data inside gzip data";
        return LooksBinary(head) ? "binary data, not text (or text in an encoding other than UTF-8 and UTF-16)" : null;
    }

    public static FormatGuess Detect(ReadOnlySpan<byte> head, string? fileName)
    {
        var start = head.IndexOfAnyExcept(" \t\r\n\f"u8);
        if (start < 0) return FormatGuess.Refused("empty file (only whitespace)");
        var text = head[start..];
        var extension = Extension(fileName);
        return text[0] switch
        {
            (byte)'<' => DetectMarkup(text),
            (byte)'{' or (byte)'[' => JsonKeySniffer.Detect(text, complete: head.Length < SniffBytes),
            _ when extension is ".json" or ".jsonl" or ".ndjson" => FormatGuess.Refused($"a {extension} file that does not start with JSON ('{FirstLine(text)}')"),
            _ => DetectText(text, extension),
        };
    }

    private static FormatGuess DetectMarkup(ReadOnlySpan<byte> text)
    {
        var start = Encoding.UTF8.GetString(text[..Math.Min(text.Length, 4096)]).ToLowerInvariant();
        if (start.Contains("<!doctype html", StringComparison.Ordinal) || start.Contains("<html", StringComparison.Ordinal)
            || start.Contains("<body", StringComparison.Ordinal) || start.Contains("<head", StringComparison.Ordinal))
        {
            return FormatGuess.Refused("looks like an HTML page, not a paper list (save the page as text, or use the arXiv API's Atom feed)");
        }
        if (start.Contains("<feed", StringComparison.Ordinal)) return FormatGuess.Of(PaperFormat.ArxivAtom);
        if (start.Contains("<rss", StringComparison.Ordinal)) return FormatGuess.Refused("an RSS feed: only Atom feeds (as the arXiv API returns) are read");
        return FormatGuess.Refused($"XML that is not an Atom feed (root element <{IssueText.Quote(RootElement(start))}>)");
    }

    private static FormatGuess DetectText(ReadOnlySpan<byte> text, string? extension)
    {
        var lines = Encoding.UTF8.GetString(text[..Math.Min(text.Length, 16 * 1024)]).Split('\n');
        var header = lines[0].TrimEnd('\r');
        var cells = SplitHeader(header);
        if (cells.Count >= 2 && cells.Any(CsvColumns.IsTitleName)) return FormatGuess.Of(PaperFormat.Csv);
        if (extension is ".csv" or ".tsv" || (cells.Count >= 2 && lines.Length > 1 && SplitHeader(lines[1]).Count == cells.Count))
        {
            return FormatGuess.Refused($"CSV without a title column (header: {IssueText.List(cells)})");
        }
        if (extension is ".xml" or ".atom") return FormatGuess.Refused($"a {extension} file that does not start with XML ('{FirstLine(text)}')");
        var trimmed = lines.Select(line => line.Trim()).ToArray();
        if (trimmed.Any(line => line is "Daily Papers" or "·" || (line.StartsWith('•') && line.EndsWith("authors", StringComparison.Ordinal))))
        {
            return FormatGuess.Of(PaperFormat.HfDaily);
        }
        // Without the page's own markers, accept the shape of its entries: a first paragraph of one short line.
        var firstParagraph = trimmed.TakeWhile(line => line.Length > 0).ToArray();
        if (firstParagraph.Length == 1 && firstParagraph[0].Length <= 300) return FormatGuess.Of(PaperFormat.HfDaily);
        return FormatGuess.Refused("text that is not a daily-papers page or any other known format (expected entries of a title line, a blank line and an abstract)");
    }

    /// <summary>The header's cells split on the separator it uses most (comma, tab, semicolon or bar).</summary>
    private static List<string> SplitHeader(string line)
    {
        var separator = ",\t;|".MaxBy(candidate => line.Count(c => c == candidate));
        if (!line.Contains(separator)) return [line];
        return [.. line.Split(separator).Select(cell => cell.Trim().Trim('"').Trim())];
    }

    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (head.Contains((byte)0)) return true;
        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or 0x1B)) controls++;
        }
        if (controls * 100 > head.Length) return true;
        // A cut multi-byte character at the end of the sample is not an error.
        var sample = head.Length < SniffBytes ? head : head[..^3];
        if (System.Text.Unicode.Utf8.IsValid(sample)) return false;
        var invalid = 0;
        for (var at = 0; at < sample.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(sample[at..], out _, out var consumed) != OperationStatus.Done) invalid++;
            at += consumed;
        }
        // Latin-1 text has a few per cent of invalid bytes and is read, its bad lines reported; binary has far more.
        return invalid * 10 > sample.Length;
    }

    private static string? Extension(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName) || fileName == "-") return null;
        var name = fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
        return Path.GetExtension(name).ToLowerInvariant();
    }

    private static string FirstLine(ReadOnlySpan<byte> text)
    {
        return IssueText.Quote(Encoding.UTF8.GetString(text[..Math.Min(text.Length, 200)]).Split('\n')[0]);
    }

    private static string RootElement(string start)
    {
        for (var i = start.IndexOf('<'); i >= 0 && i + 1 < start.Length; i = start.IndexOf('<', i + 1))
        {
            if (!char.IsLetter(start[i + 1])) continue;
            var end = start.IndexOfAny([' ', '>', '/', '\n', '\r', '\t'], i + 1);
            return end < 0 ? start[(i + 1)..] : start[(i + 1)..end];
        }
        return "?";
    }
}
