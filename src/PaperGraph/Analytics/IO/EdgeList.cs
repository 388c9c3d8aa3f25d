using System.Globalization;
using System.Text;

namespace PaperGraph.Analytics.IO;

/// <summary>
/// Reads a weighted undirected edge list: one edge per line, <c>source TAB target TAB weight</c>.
/// <list type="bullet">
/// <item>The weight may be left out (weight 1). It must be a finite number ≥ 0 in invariant culture
/// ("2.5", "1e-3"); a weight of 0 adds the two nodes but no edge.</item>
/// <item>Blank lines and lines starting with '#' are skipped; a first line reading source, target
/// (and weight), in any case, is a header and skipped.</item>
/// <item>Ids are the text between tabs with surrounding spaces trimmed, compared exactly (case matters).
/// A tab can never be part of an id. An id wrapped in double quotes has them removed and "" inside
/// read as one quote ("a ""b""" is a "b"); any other quote is an ordinary character (5" or O'Neil).</item>
/// <item>A line joining a node to itself adds the node but no edge; a pair met again adds its weight.</item>
/// </list>
/// Anything else (wrong number of fields, an empty id, a bad weight, a file with no nodes) throws an
/// <see cref="EdgeListFormatException"/> naming the file and line; nothing is half-built.
/// </summary>
public static class EdgeList
{
    public static EdgeListGraph Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        return Read(reader, path);
    }

    public static EdgeListGraph Read(TextReader reader, string sourceName)
    {
        var index = new NodeIndex();
        var builder = new CsrGraphBuilder();
        long lineNumber = 0, edgeLines = 0, selfLoops = 0, zeroWeights = 0;
        var sawData = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            var fields = line.Split('\t');
            if (!sawData && IsHeader(fields))
            {
                sawData = true;
                continue;
            }
            sawData = true;
            if (fields.Length is < 2 or > 3)
                throw new EdgeListFormatException(sourceName, lineNumber,
                    $"expected source<TAB>target<TAB>weight, found {fields.Length} tab-separated field{(fields.Length == 1 ? "" : "s")}");
            var source = Id(fields[0], sourceName, lineNumber, "source");
            var target = Id(fields[1], sourceName, lineNumber, "target");
            var weight = fields.Length == 3 ? Weight(fields[2], sourceName, lineNumber) : 1.0;
            var u = index.GetOrAdd(source);
            var v = index.GetOrAdd(target);
            edgeLines++;
            if (u == v) selfLoops++;
            else if (weight == 0) zeroWeights++;
            builder.AddEdge(u, v, weight);
        }
        if (index.Count == 0)
            throw new EdgeListFormatException(sourceName, Math.Max(1, lineNumber),
                lineNumber == 0 ? "the file is empty: no edges to read" : "no edges: every line is blank, a comment or a header");
        return new EdgeListGraph(builder.Build(), index, edgeLines, selfLoops, zeroWeights);
    }

    private static bool IsHeader(string[] fields) =>
        fields.Length is 2 or 3
        && fields[0].Trim().Equals("source", StringComparison.OrdinalIgnoreCase)
        && fields[1].Trim().Equals("target", StringComparison.OrdinalIgnoreCase)
        && (fields.Length == 2 || fields[2].Trim().Equals("weight", StringComparison.OrdinalIgnoreCase));

    private static string Id(string field, string file, long line, string role)
    {
        var id = field.Trim(' ');
        if (id.Length >= 2 && id[0] == '"' && id[^1] == '"')
        {
            var inner = id[1..^1];
            for (var i = 0; i < inner.Length; i++)
            {
                if (inner[i] != '"') continue;
                if (i + 1 < inner.Length && inner[i + 1] == '"') i++;
                else throw new EdgeListFormatException(file, line, $"{role} id {id} has a lone quote inside its quotes (write \"\" for a quote)");
            }
            id = inner.Replace("\"\"", "\"", StringComparison.Ordinal);
        }
        if (id.Length == 0) throw new EdgeListFormatException(file, line, $"empty {role} id");
        return id;
    }

    private static double Weight(string field, string file, long line)
    {
        var text = field.Trim(' ');
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            throw new EdgeListFormatException(file, line, $"weight '{text}' is not a number");
        if (double.IsNaN(weight)) throw new EdgeListFormatException(file, line, "weight is NaN");
        if (double.IsInfinity(weight)) throw new EdgeListFormatException(file, line, $"weight '{text}' is infinite");
        if (weight < 0) throw new EdgeListFormatException(file, line, $"weight {text} is negative");
        return weight;
    }
}
