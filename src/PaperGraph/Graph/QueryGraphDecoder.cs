namespace PaperGraph.Graph;

/// <summary>
/// Reads the payload of graph.query.bin (<see cref="QueryGraphEncoder"/> lays it out) back into the graph
/// <see cref="GraphStore.OpenForQueries(string)"/> gives, and its analysis. Anything out of place throws
/// <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class QueryGraphDecoder
{
    private readonly string[] strings;
    private readonly PaperNode[] papers;
    private readonly Evidence[]?[] citationsByNumber;
    private readonly PaperCitations otherCitations = new();
    private readonly Dictionary<string, NodeMetrics> metrics;

    private QueryGraphDecoder(string[] strings, PaperNode[] papers, int nodesWithMetrics)
    {
        this.strings = strings;
        this.papers = papers;
        citationsByNumber = new Evidence[papers.Length][];
        // Sized once: growing it step by step would allocate large arrays over and over.
        metrics = new Dictionary<string, NodeMetrics>(nodesWithMetrics, StringComparer.Ordinal);
    }

    public static (KnowledgeGraph Graph, GraphAnalysis Analysis) Decode(ReadOnlySpan<byte> payload)
    {
        var r = new ByteReader(payload);
        var strings = new string[r.Count()];
        for (var i = 0; i < strings.Length; i++) strings[i] = r.String();
        var papers = new PaperNode[r.Count()];
        var entities = new EntityNode[r.Count()];
        var edges = new GraphEdge[r.Count()];
        var results = new ReportedResult[r.Count()];
        var communities = new CommunitySummary[r.Count()];
        var decoder = new QueryGraphDecoder(strings, papers, r.Count());

        for (var i = 0; i < papers.Length; i++) papers[i] = decoder.Paper(ref r);
        for (var i = 0; i < entities.Length; i++) entities[i] = decoder.Entity(ref r);
        for (var i = 0; i < edges.Length; i++) edges[i] = decoder.Edge(ref r);
        for (var i = 0; i < results.Length; i++) results[i] = decoder.Result(ref r);
        for (var i = 0; i < communities.Length; i++) communities[i] = decoder.Community(ref r);
        var modularity = r.Double();
        if (!r.AtEnd) throw new InvalidDataException("there is data after the graph");

        var graph = new KnowledgeGraph(papers, entities, edges, results);
        var analysis = decoder.metrics.Count == 0 && communities.Length == 0 && modularity == 0
            ? GraphAnalysis.None
            : new GraphAnalysis(decoder.metrics, communities, modularity);
        return (graph, analysis);
    }

    private PaperNode Paper(ref ByteReader r)
    {
        var id = S(ref r);
        var title = S(ref r);
        var paper = new PaperNode(new PaperId(id), title, "")
        {
            Year = OptionalInt(ref r),
            Date = OptionalS(ref r),
            Venue = OptionalS(ref r),
            Url = OptionalS(ref r),
            Authors = Strings(ref r),
        };
        Metrics(ref r, id);
        return paper;
    }

    private EntityNode Entity(ref ByteReader r)
    {
        var id = S(ref r);
        var type = Enum<EntityType>(r.Byte());
        var name = S(ref r);
        var aliases = new Alias[r.Count()];
        for (var i = 0; i < aliases.Length; i++)
        {
            var alias = S(ref r);
            aliases[i] = new Alias(alias, Enum<MergeReason>(r.Byte()));
        }
        var paperCount = r.Int();
        var mentionCount = r.Int();
        var proposedBy = new PaperId[r.Count()];
        for (var i = 0; i < proposedBy.Length; i++) proposedBy[i] = new PaperId(S(ref r));
        var entity = new EntityNode(new EntityId(id), type, name)
        {
            Aliases = aliases,
            PaperCount = paperCount,
            MentionCount = mentionCount,
            ProposedBy = proposedBy,
            Evidence = Papers(ref r),
        };
        Metrics(ref r, id);
        return entity;
    }

    private GraphEdge Edge(ref ByteReader r)
    {
        var source = S(ref r);
        var target = S(ref r);
        return new GraphEdge(source, target, Enum<EdgeKind>(r.Byte()), Papers(ref r));
    }

    private ReportedResult Result(ref ByteReader r)
    {
        var paper = new PaperId(S(ref r));
        var metric = new EntityId(S(ref r));
        var value = r.Double();
        var unit = Enum<QuantityUnit>(r.Byte());
        var quantity = new Quantity(value, unit, S(ref r))
        {
            PlusMinus = OptionalDouble(ref r),
            IsDelta = r.Bool(),
            From = OptionalDouble(ref r),
        };
        var target = OptionalS(ref r) is { } t ? new EntityId(t) : (EntityId?)null;
        var method = OptionalS(ref r) is { } m ? new EntityId(m) : (EntityId?)null;
        var evidencePaper = new PaperId(S(ref r));
        var field = Enum<TextField>(r.Byte());
        var span = new TextSpan(field, r.Int(), r.Int());
        var sentence = new TextSpan(field, r.Int(), r.Int());
        return new ReportedResult(paper, metric, quantity, target, method, new Evidence(evidencePaper, span, sentence), S(ref r));
    }

    private CommunitySummary Community(ref ByteReader r)
    {
        var id = r.Int();
        var level = r.Int();
        var parent = OptionalInt(ref r);
        var label = S(ref r);
        var size = r.Int();
        return new CommunitySummary(id, level, parent, label, size, Strings(ref r), r.Double());
    }

    private void Metrics(ref ByteReader r, string id)
    {
        if (!r.Bool()) return;
        var (pagerank, betweenness, degree, closeness) = (r.Double(), r.Double(), r.Double(), r.Double());
        var path = new int[r.Count()];
        for (var i = 0; i < path.Length; i++) path[i] = r.Int();
        metrics[id] = new NodeMetrics(pagerank, betweenness, degree, closeness, path);
    }

    private Evidence[] Papers(ref ByteReader r)
    {
        var count = r.Count();
        if (count == 0) return [];
        if (count == 1) return Only(r.Index());
        var list = new Evidence[count];
        for (var i = 0; i < count; i++) list[i] = Only(r.Index())[0];
        return list;
    }

    /// <summary>The shared one-paper list of a paper reference: a position among the papers, or a string number after them.</summary>
    private Evidence[] Only(int reference)
    {
        if (reference < papers.Length)
        {
            return citationsByNumber[reference] ??= [new Evidence(papers[reference].Id, default, default)];
        }
        var number = reference - papers.Length;
        return otherCitations.Only(new PaperId(number < strings.Length ? strings[number] : throw new InvalidDataException($"string {number} is not in the table")));
    }

    private string[] Strings(ref ByteReader r)
    {
        var count = r.Count();
        if (count == 0) return [];
        var values = new string[count];
        for (var i = 0; i < count; i++) values[i] = S(ref r);
        return values;
    }

    private string S(ref ByteReader r)
    {
        var number = r.Index();
        return number < strings.Length ? strings[number] : throw new InvalidDataException($"string {number} is not in the table");
    }

    private string? OptionalS(ref ByteReader r)
    {
        var number = r.Index();
        if (number == 0) return null;
        return number <= strings.Length ? strings[number - 1] : throw new InvalidDataException($"string {number - 1} is not in the table");
    }

    private static int? OptionalInt(ref ByteReader r) => r.Bool() ? r.Int() : null;

    private static double? OptionalDouble(ref ByteReader r) => r.Bool() ? r.Double() : null;

    private static T Enum<T>(byte value) where T : struct, Enum =>
        Defined<T>.ByByte[value] ?? throw new InvalidDataException($"{value} is not a {typeof(T).Name}");

    /// <summary>The values of an enum by their byte, looked up without boxing.</summary>
    private static class Defined<T> where T : struct, Enum
    {
        public static readonly T?[] ByByte = Table();

        private static T?[] Table()
        {
            var table = new T?[256];
            foreach (var value in System.Enum.GetValues<T>())
            {
                var number = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
                if (number is >= 0 and < 256) table[number] = value;
            }
            return table;
        }
    }
}
