using System.Globalization;

namespace PaperGraph.Export;

/// <summary>
/// Writes rows of a CSV file for neo4j-admin import: comma-separated, every string quoted with inner
/// quotes doubled (RFC 4180; neo4j-admin takes "" inside quotes as a quote and never reads "\" as an
/// escape), arrays joined by U+001F, and a missing value as an empty field, which the importer skips.
/// </summary>
internal sealed class Neo4jCsvRow(TextWriter writer)
{
    /// <summary>The array delimiter passed to neo4j-admin as --array-delimiter=U+001F; inside an array element it is replaced by a space.</summary>
    public const char ArrayDelimiter = '\u001F';

    private bool first = true;

    public Neo4jCsvRow Text(string? value)
    {
        Separate();
        if (value is not null) Quote(value);
        return this;
    }

    public Neo4jCsvRow Int(long? value)
    {
        Separate();
        if (value is { } v) WriteNumber(v);
        return this;
    }

    public Neo4jCsvRow Double(double? value)
    {
        Separate();
        if (value is { } v && double.IsFinite(v)) writer.Write(v.ToString("R", CultureInfo.InvariantCulture));
        return this;
    }

    public Neo4jCsvRow Bool(bool value)
    {
        Separate();
        writer.Write(value ? "true" : "false");
        return this;
    }

    /// <summary>A string[] (or :LABEL) field; an empty array is written as no value, as neo4j-admin cannot tell the two apart.</summary>
    public Neo4jCsvRow Texts(IEnumerable<string> values)
    {
        Separate();
        var any = false;
        foreach (var value in values)
        {
            writer.Write(any ? ArrayDelimiter : '"');
            any = true;
            WriteEscaped(value, arrayElement: true);
        }
        if (any) writer.Write('"');
        return this;
    }

    public Neo4jCsvRow Ints(IEnumerable<int> values)
    {
        Separate();
        var any = false;
        foreach (var value in values)
        {
            if (any) writer.Write(ArrayDelimiter);
            any = true;
            WriteNumber(value);
        }
        return this;
    }

    public void End()
    {
        writer.Write('\n');
        first = true;
    }

    /// <summary>The header line: names with their neo4j-admin types, "id:ID", ":LABEL", "weight:int".</summary>
    public void Header(IEnumerable<string> columns)
    {
        writer.Write(string.Join(',', columns));
        End();
    }

    private void Separate()
    {
        if (!first) writer.Write(',');
        first = false;
    }

    private void Quote(string value)
    {
        writer.Write('"');
        WriteEscaped(value, arrayElement: false);
        writer.Write('"');
    }

    // Doubles inner quotes; in an array element the delimiter, a control character no name needs,
    // becomes a space, as it would otherwise split the element in two on import.
    private void WriteEscaped(string value, bool arrayElement)
    {
        var rest = value.AsSpan();
        while (true)
        {
            var at = arrayElement ? rest.IndexOfAny('"', ArrayDelimiter) : rest.IndexOf('"');
            if (at < 0)
            {
                writer.Write(rest);
                return;
            }
            writer.Write(rest[..at]);
            writer.Write(rest[at] == '"' ? "\"\"" : " ");
            rest = rest[(at + 1)..];
        }
    }

    private void WriteNumber(long value)
    {
        Span<char> digits = stackalloc char[20];
        value.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        writer.Write(digits[..written]);
    }
}
