using System.Globalization;
using System.Text;

namespace PaperGraph.Tests.Reliability.Support;

/// <summary>Random papers written as an input file of one format, optionally damaged byte by byte afterwards.</summary>
internal static class FuzzInput
{
    public enum Format { JsonLines, Csv, Atom, DailyPage }

    /// <summary>Formats whose files, undamaged, must give back every paper written into them.</summary>
    public static bool KeepsEveryPaper(Format format) => format is not Format.DailyPage;

    public static byte[] Write(Format format, IReadOnlyList<(string Title, string Abstract)> papers) => format switch
    {
        Format.JsonLines => Utf8(string.Concat(papers.Select(p => $"{{\"title\": {Json(p.Title)}, \"abstract\": {Json(p.Abstract)}}}\n"))),
        Format.Csv => Utf8("title,abstract\n" + string.Concat(papers.Select(p => $"{Csv(p.Title)},{Csv(p.Abstract)}\n"))),
        Format.Atom => Utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
            + string.Concat(papers.Select((p, i) =>
                $"  <entry>\n    <id>http://arxiv.org/abs/2401.{i + 10000:D5}v1</id>\n    <title>{Xml(p.Title)}</title>\n    <summary>{Xml(p.Abstract)}</summary>\n  </entry>\n"))
            + "</feed>\n"),
        _ => Utf8("Daily Papers\n\n" + string.Concat(papers.Select(p => $"{p.Title}\n\n{p.Abstract}\n\n"))),
    };

    /// <summary>Flips, deletes, duplicates and inserts bytes, including the ones each format's structure rests on.</summary>
    public static byte[] Damage(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        byte[] structural = Encoding.ASCII.GetBytes("{}[]\",:\\<>/&;\n\r\t 0");
        for (var edits = random.Next(1, 8); edits > 0 && bytes.Count > 0; edits--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 40))); break;
                case 2: bytes.Insert(at, structural[random.Next(structural.Length)]); break;
                case 3: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 200)))); break;
                default: bytes.RemoveRange(at, bytes.Count - at); break;
            }
        }
        return [.. bytes];
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A JSON string; control characters and lone surrogates as \u escapes, which JSON allows.</summary>
    private static string Json(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (c < ' ' || char.IsSurrogate(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    private static string Csv(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Xml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
