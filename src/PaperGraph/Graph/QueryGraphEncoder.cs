using System.Text;

namespace PaperGraph.Graph;

/// <summary>
/// Writes graph.query.bin: a graph as <see cref="GraphStore.OpenForQueries(string)"/> gives it (papers
/// cited, no spans, no abstracts), in a compact binary form that opens in a tenth of the time graph.json
/// takes. Strings are stored once in a table and referred to by number, papers in evidence by their
/// position; integers are 7-bit encoded, doubles little-endian. Values are normalised as graph.json normalises them
/// (text repaired, non-finite numbers as NaN or absent), so reading either file gives the same graph.
/// The same graph always gives the same bytes.
/// </summary>
internal sealed class QueryGraphEncoder
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<string> strings = [];
    private readonly HashSet<PaperId> seen = [];
    private readonly Dictionary<string, int> paperNumbers = new(StringComparer.Ordinal);
    private readonly BinaryWriter w;

    private QueryGraphEncoder(Stream body) => w = new BinaryWriter(body, Utf8, leaveOpen: true);

    /// <summary>
    /// Writes the file: the header, which ties it to the graph.json whose fingerprint is <paramref name="graphJson"/>,
    /// then the <paramref name="payload"/> (<see cref="Payload"/>).
    /// </summary>
    public static void Write(byte[] payload, FileFingerprint graphJson, Stream stream)
    {
        using var w = new BinaryWriter(stream, Utf8, leaveOpen: true);
        new QueryGraphHeader(QueryGraphHeader.CurrentVersion, GraphStore.Schema, graphJson, FileFingerprint.Of(payload)).Write(w);
        w.Write(payload);
        w.Flush();
    }

    /// <summary>
    /// Everything after the header: the string table, then the counts, papers, entities, edges, results,
    /// communities and modularity. It does not depend on graph.json, so it may be encoded while that is written.
    /// </summary>
    public static byte[] Payload(KnowledgeGraph graph, GraphAnalysis analysis)
    {
        using var body = new MemoryStream();
        var encoder = new QueryGraphEncoder(body);
        encoder.WriteGraph(graph, analysis);
        encoder.w.Flush();

        using var payload = new MemoryStream((int)body.Length + 64 * encoder.strings.Count);
        using (var table = new BinaryWriter(payload, Utf8, leaveOpen: true))
        {
            table.Write7BitEncodedInt(encoder.strings.Count);
            foreach (var s in encoder.strings) table.Write(s);
        }
        body.Position = 0;
        body.CopyTo(payload);
        return payload.ToArray();
    }

    private void WriteGraph(KnowledgeGraph graph, GraphAnalysis analysis)
    {
        // Every count first, so that a reader allocates each array and map once.
        w.Write7BitEncodedInt(graph.Papers.Count);
        w.Write7BitEncodedInt(graph.Entities.Count);
        w.Write7BitEncodedInt(graph.Edges.Count);
        w.Write7BitEncodedInt(graph.Results.Count);
        w.Write7BitEncodedInt(analysis.Communities.Count);
        w.Write7BitEncodedInt(graph.Papers.Count(p => analysis.Nodes.ContainsKey(p.Id.Value)) + graph.Entities.Count(e => analysis.Nodes.ContainsKey(e.Id.Value)));
        foreach (var p in graph.Papers) paperNumbers.TryAdd(p.Id.Value, paperNumbers.Count);
        foreach (var p in graph.Papers)
        {
            S(p.Id.Value);
            S(p.Title);
            OptionalInt(p.Year);
            OptionalS(p.Date);
            OptionalS(p.Venue);
            OptionalS(p.Url);
            Strings(p.Authors);
            Metrics(analysis.Nodes.GetValueOrDefault(p.Id.Value));
        }
        foreach (var e in graph.Entities)
        {
            S(e.Id.Value);
            w.Write((byte)e.Type);
            S(e.Name);
            w.Write7BitEncodedInt(e.Aliases.Count);
            foreach (var alias in e.Aliases)
            {
                S(alias.Name);
                w.Write((byte)alias.Reason);
            }
            w.Write7BitEncodedInt(e.PaperCount);
            w.Write7BitEncodedInt(e.MentionCount);
            Strings(e.ProposedBy.Select(p => p.Value).ToList());
            Papers(e.Evidence);
            Metrics(analysis.Nodes.GetValueOrDefault(e.Id.Value));
        }
        foreach (var edge in graph.Edges)
        {
            S(edge.Source);
            S(edge.Target);
            w.Write((byte)edge.Kind);
            Papers(edge.Evidence);
        }
        foreach (var r in graph.Results) Result(r);
        foreach (var c in analysis.Communities)
        {
            w.Write7BitEncodedInt(c.Id);
            w.Write7BitEncodedInt(c.Level);
            OptionalInt(c.Parent);
            S(c.Label);
            w.Write7BitEncodedInt(c.Size);
            Strings(c.TopMembers);
            w.Write(Finite(c.Modularity));
        }
        w.Write(Finite(analysis.Modularity));
    }

    private void Result(ReportedResult r)
    {
        S(r.Paper.Value);
        S(r.Metric.Value);
        w.Write(Finite(r.Value.Value));
        w.Write((byte)r.Value.Unit);
        S(r.Value.Text);
        OptionalDouble(r.Value.PlusMinus);
        w.Write(r.Value.IsDelta);
        OptionalDouble(r.Value.From);
        OptionalS(r.Target?.Value);
        OptionalS(r.Method?.Value);
        S(r.Evidence.Paper.Value);
        w.Write((byte)r.Evidence.Span.Field);
        w.Write7BitEncodedInt(r.Evidence.Span.Start);
        w.Write7BitEncodedInt(r.Evidence.Span.End);
        w.Write7BitEncodedInt(r.Evidence.Sentence.Start);
        w.Write7BitEncodedInt(r.Evidence.Sentence.End);
        S(r.Text);
    }

    private void Metrics(NodeMetrics? m)
    {
        w.Write(m is not null);
        if (m is null) return;
        w.Write(Finite(m.PageRank));
        w.Write(Finite(m.Betweenness));
        w.Write(Finite(m.Degree));
        w.Write(Finite(m.Closeness));
        w.Write7BitEncodedInt(m.CommunityPath.Count);
        foreach (var c in m.CommunityPath) w.Write7BitEncodedInt(c);
    }

    /// <summary>The distinct papers of an evidence list, in order of first appearance: all that queries cite.</summary>
    private void Papers(IReadOnlyList<Evidence> evidence)
    {
        seen.Clear();
        foreach (var e in evidence) seen.Add(e.Paper);
        w.Write7BitEncodedInt(seen.Count);
        seen.Clear();
        foreach (var e in evidence)
        {
            if (seen.Add(e.Paper)) PaperReference(e.Paper);
        }
    }

    /// <summary>A paper of the graph by its position in the papers (no lookup by id when read), any other id after them.</summary>
    private void PaperReference(PaperId paper) =>
        w.Write7BitEncodedInt(paperNumbers.TryGetValue(paper.Value, out var number) ? number : paperNumbers.Count + Number(paper.Value));

    private void Strings(IReadOnlyList<string> values)
    {
        w.Write7BitEncodedInt(values.Count);
        foreach (var value in values) S(value);
    }

    private void S(string value) => w.Write7BitEncodedInt(Number(value));

    /// <summary>An absent string is 0, any other its number plus one.</summary>
    private void OptionalS(string? value) => w.Write7BitEncodedInt(value is null ? 0 : Number(value) + 1);

    private int Number(string value)
    {
        var text = Utf16Text.Repair(value);
        if (!numbers.TryGetValue(text, out var number))
        {
            numbers[text] = number = strings.Count;
            strings.Add(text);
        }
        return number;
    }

    private void OptionalInt(int? value)
    {
        w.Write(value.HasValue);
        if (value is { } v) w.Write7BitEncodedInt(v);
    }

    // graph.json writes a non-finite number as null, read back as NaN (or as absent where null is allowed).
    private void OptionalDouble(double? value)
    {
        var finite = value is { } v && double.IsFinite(v);
        w.Write(finite);
        if (finite) w.Write(value!.Value);
    }

    private static double Finite(double value) => double.IsFinite(value) ? value : double.NaN;
}
