using System.IO.Compression;
using System.Globalization;
using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Pipeline;

/// <summary>
/// Reads and writes the build manifest (cache/manifest.tsv.gz): a header line, one <see cref="ManifestLine"/>
/// per line, and a trailer with the build id, the SHA-256 of the lines. The id names what was built, so a
/// loader can tell which build a database holds; a file without its trailer was cut short and is not used.
/// </summary>
internal sealed class ManifestFile(string path)
{
    public const string Header = "#papergraph/manifest@1";
    private const string Trailer = "#build\t";

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public string Path { get; } = path;

    public bool Exists => File.Exists(Path);

    /// <summary>The build id, known once <see cref="Lines"/> has been read to the end.</summary>
    public string? BuildId { get; private set; }

    /// <summary>Writes a manifest atomically and returns its build id.</summary>
    public static string Write(string path, IReadOnlyList<ManifestLine> lines)
    {
        var id = "";
        AtomicFile.Write(path, stream =>
        {
            using var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true);
            using var hashed = new HashingStream(gzip);
            using (var writer = new StreamWriter(hashed, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" })
            {
                writer.WriteLine(Header);
                Span<char> hex = stackalloc char[32];
                foreach (var line in lines)
                {
                    line.Hash.TryFormat(hex, out _, "x32", CultureInfo.InvariantCulture);
                    writer.Write(line.Section);
                    writer.Write('\t');
                    writer.Write(line.Key);
                    writer.Write('\t');
                    writer.Write(hex);
                    writer.Write('\t');
                    writer.WriteLine(line.Path);
                }
            }
            // The id covers the header and every line, as the bytes were written.
            id = hashed.Digest();
            var trailer = Utf8.GetBytes(Trailer + id + "\n");
            gzip.Write(trailer);
        });
        return id;
    }

    /// <summary>
    /// Streams the lines in file order. A damaged, cut short or foreign file throws
    /// <see cref="InvalidDataException"/> naming the file and line (possibly after some lines were read).
    /// </summary>
    public IEnumerable<ManifestLine> Lines()
    {
        using var file = Open();
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Utf8, false, 1 << 16);
        long number = 1;
        if (ReadLine(reader, number) != Header) throw Damaged(number, "not a PaperGraph build manifest");
        string? id = null;
        while (ReadLine(reader, ++number) is { } text)
        {
            if (id is not null) throw Damaged(number, "text after the build id");
            if (text.StartsWith(Trailer, StringComparison.Ordinal)) id = text[Trailer.Length..];
            else if (ManifestLine.TryParse(text, out var line)) yield return line;
            else throw Damaged(number, "malformed line");
        }
        BuildId = id ?? throw Damaged(number, "cut short (no build id at the end)");
    }

    private FileStream Open()
    {
        try
        {
            return new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Damaged(0, e.Message);
        }
    }

    private string? ReadLine(StreamReader reader, long number)
    {
        try
        {
            return reader.ReadLine();
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw Damaged(number, e.Message);
        }
    }

    private InvalidDataException Damaged(long line, string problem) => new($"{Path}:{line}: {problem}");
}
