using PaperGraph.Graph;

namespace PaperGraph.Neo4j;

/// <summary>
/// Turns a knowledge graph and its analysis into the loader's rows, in the same model as the
/// neo4j-admin CSVs: results are :Result nodes (REPORTS, OF_METRIC, ON_TARGET, FOR_METHOD),
/// communities are :Community nodes (IN_COMMUNITY with the level, PARENT). Neo4j properties cannot be
/// maps, so evidence is parallel arrays (evidencePapers[i], evidenceStarts[i], ...); an empty array or a
/// missing value is left unset, as the importer does. docs/neo4j.md lists every property. Every node and
/// relationship also carries the build that wrote it (<see cref="Neo4jSchema.BuildProperty"/>), which is how
/// a full load finds what an earlier build left behind.
/// </summary>
internal static class GraphRows
{
    public static Neo4jLoadPlan Plan(KnowledgeGraph graph, GraphAnalysis analysis, string build)
    {
        var stamp = new Stamp(build);
        var paperIds = new HashSet<string>(graph.Papers.Select(p => p.Id.Value), StringComparer.Ordinal);
        var communities = analysis.Communities.ToDictionary(c => c.Id);
        var nodes = new List<(string Label, Row Row)>();
        foreach (var p in graph.Papers)
        {
            var props = PaperProps(p);
            Metrics(props, p.Id.Value, analysis);
            nodes.Add((Neo4jSchema.Paper, stamp.Node(p.Id.Value, props)));
        }
        foreach (var e in graph.Entities)
        {
            var props = EntityProps(e);
            Metrics(props, e.Id.Value, analysis);
            nodes.Add((Neo4jSchema.EntityLabel(e.Type), stamp.Node(e.Id.Value, props)));
        }
        var resultIds = Neo4jSchema.ResultIds(graph.Results);
        for (var i = 0; i < graph.Results.Count; i++)
        {
            nodes.Add((Neo4jSchema.Result, stamp.Node(resultIds[i], ResultProps(graph.Results[i]))));
        }
        foreach (var c in analysis.Communities.OrderBy(c => c.Id))
        {
            nodes.Add((Neo4jSchema.Community, stamp.Node(Neo4jSchema.CommunityId(c.Id), CommunityProps(c))));
        }

        var labelOrder = Neo4jSchema.KeyedLabels.ToList();
        var nodeGroups = nodes
            .GroupBy(n => n.Label)
            .OrderBy(g => labelOrder.IndexOf(g.Key))
            .Select(g => new NodeGroup(g.Key, g.Select(n => n.Row).ToList()))
            .ToList();

        var rels = new List<(string Type, string Source, string Target, Row Row)>();
        foreach (var e in graph.Edges)
        {
            rels.Add((e.Kind.RelationshipType(), Neo4jSchema.LabelOfNodeId(e.Source, paperIds), Neo4jSchema.LabelOfNodeId(e.Target, paperIds),
                stamp.Relationship(e.Source, e.Target, EdgeProps(e))));
        }
        rels.AddRange(ResultRelationships(graph.Results, resultIds, paperIds, stamp));
        rels.AddRange(CommunityRelationships(graph, analysis, communities, paperIds, stamp));

        var typeOrder = Neo4jSchema.RelationshipTypes.ToList();
        var relGroups = rels
            .GroupBy(r => (r.Type, r.Source, r.Target))
            .OrderBy(g => typeOrder.IndexOf(g.Key.Type)).ThenBy(g => g.Key.Source, StringComparer.Ordinal).ThenBy(g => g.Key.Target, StringComparer.Ordinal)
            .Select(g => new RelationshipGroup(g.Key.Type, g.Key.Source, g.Key.Target, g.Select(r => r.Row).ToList()))
            .ToList();
        var labelled = analysis.Nodes.Values.Select(m => m.Community).Where(communities.ContainsKey).Distinct().Order().ToList();
        return new Neo4jLoadPlan(nodeGroups, relGroups) { LabelledCommunities = labelled };
    }


    /// <summary>
    /// The analytics of every paper and entity, a row each ({id, pagerank, betweenness, degree, closeness,
    /// community, communityPath}), grouped by label: what a load after an update refreshes on every node.
    /// A value the analysis lacks is absent from the row, so the statement removes it from the node.
    /// </summary>
    public static IReadOnlyList<NodeGroup> Analytics(KnowledgeGraph graph, GraphAnalysis analysis)
    {
        var rows = new List<(string Label, Row Row)>(graph.Papers.Count + graph.Entities.Count);
        foreach (var p in graph.Papers) rows.Add((Neo4jSchema.Paper, MetricsRow(p.Id.Value, analysis)));
        foreach (var e in graph.Entities) rows.Add((Neo4jSchema.EntityLabel(e.Type), MetricsRow(e.Id.Value, analysis)));
        var labelOrder = Neo4jSchema.KeyedLabels.ToList();
        return [.. rows.GroupBy(r => r.Label).OrderBy(g => labelOrder.IndexOf(g.Key)).Select(g => new NodeGroup(g.Key, [.. g.Select(r => r.Row)]))];
    }

    private static Row MetricsRow(string id, GraphAnalysis analysis)
    {
        var row = new Row { ["id"] = id };
        Metrics(row, id, analysis);
        return row;
    }

    private static IEnumerable<(string, string, string, Row)> ResultRelationships(IReadOnlyList<ReportedResult> results, string[] ids, HashSet<string> paperIds, Stamp stamp)
    {
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            yield return (Neo4jSchema.Reports, Neo4jSchema.Paper, Neo4jSchema.Result, stamp.Relationship(r.Paper.Value, ids[i], new Row()));
            yield return (Neo4jSchema.OfMetric, Neo4jSchema.Result, Neo4jSchema.LabelOfNodeId(r.Metric.Value, paperIds), stamp.Relationship(ids[i], r.Metric.Value, new Row()));
            if (r.Target is { } target)
                yield return (Neo4jSchema.OnTarget, Neo4jSchema.Result, Neo4jSchema.LabelOfNodeId(target.Value, paperIds), stamp.Relationship(ids[i], target.Value, new Row()));
            if (r.Method is { } method)
                yield return (Neo4jSchema.ForMethod, Neo4jSchema.Result, Neo4jSchema.LabelOfNodeId(method.Value, paperIds), stamp.Relationship(ids[i], method.Value, new Row()));
        }
    }

    private static IEnumerable<(string, string, string, Row)> CommunityRelationships(
        KnowledgeGraph graph, GraphAnalysis analysis, Dictionary<int, CommunitySummary> communities, HashSet<string> paperIds, Stamp stamp)
    {
        foreach (var id in graph.Papers.Select(p => p.Id.Value).Concat(graph.Entities.Select(e => e.Id.Value)))
        {
            if (!analysis.Nodes.TryGetValue(id, out var metrics)) continue;
            var label = Neo4jSchema.LabelOfNodeId(id, paperIds);
            foreach (var community in metrics.CommunityPath.Distinct())
            {
                if (!communities.TryGetValue(community, out var summary)) continue;
                var row = stamp.Relationship(id, Neo4jSchema.CommunityId(community), new Row { ["level"] = summary.Level });
                yield return (Neo4jSchema.InCommunity, label, Neo4jSchema.Community, row);
            }
        }
        foreach (var c in analysis.Communities.OrderBy(c => c.Id))
        {
            if (c.Parent is not { } parent || !communities.ContainsKey(parent)) continue;
            var row = stamp.Relationship(Neo4jSchema.CommunityId(c.Id), Neo4jSchema.CommunityId(parent), new Row());
            yield return (Neo4jSchema.Parent, Neo4jSchema.Community, Neo4jSchema.Community, row);
        }
    }

    /// <summary>Makes the rows of one load: every row's properties name the build that writes them.</summary>
    private sealed class Stamp(string build)
    {
        public Row Node(string id, Row props)
        {
            props["id"] = id;
            props[Neo4jSchema.BuildProperty] = build;
            return new Row { ["id"] = id, ["props"] = props };
        }

        public Row Relationship(string source, string target, Row props)
        {
            props[Neo4jSchema.BuildProperty] = build;
            return new Row { ["source"] = source, ["target"] = target, ["props"] = props };
        }
    }

    private static Row PaperProps(PaperNode p)
    {
        var props = new Row { ["title"] = p.Title, ["abstract"] = p.Abstract };
        Set(props, "year", p.Year);
        Set(props, "date", p.Date);
        Set(props, "venue", p.Venue);
        Set(props, "url", p.Url);
        SetArray(props, "authors", p.Authors);
        return props;
    }

    private static Row EntityProps(EntityNode e)
    {
        var props = new Row
        {
            ["name"] = e.Name,
            ["type"] = e.Type.ToString(),
            ["paperCount"] = e.PaperCount,
            ["mentionCount"] = e.MentionCount,
        };
        SetArray(props, "aliases", e.Aliases.Select(a => a.Name).ToArray());
        SetArray(props, "aliasReasons", e.Aliases.Select(a => a.Reason.ToString()).ToArray());
        SetArray(props, "proposedBy", e.ProposedBy.Select(p => p.Value).ToArray());
        SetArray(props, "papers", e.Evidence.Select(x => x.Paper.Value).Distinct().ToArray());
        return props;
    }

    private static Row EdgeProps(GraphEdge e)
    {
        var props = new Row { ["weight"] = e.Weight };
        SetArray(props, "evidencePapers", e.Evidence.Select(x => x.Paper.Value).ToArray());
        SetArray(props, "evidenceFields", e.Evidence.Select(x => Field(x.Span.Field)).ToArray());
        SetArray(props, "evidenceStarts", e.Evidence.Select(x => x.Span.Start).ToArray());
        SetArray(props, "evidenceEnds", e.Evidence.Select(x => x.Span.End).ToArray());
        SetArray(props, "sentenceStarts", e.Evidence.Select(x => x.Sentence.Start).ToArray());
        SetArray(props, "sentenceEnds", e.Evidence.Select(x => x.Sentence.End).ToArray());
        return props;
    }

    private static Row ResultProps(ReportedResult r)
    {
        var props = new Row
        {
            ["paper"] = r.Paper.Value,
            ["metric"] = r.Metric.Value,
            ["unit"] = r.Value.Unit switch { QuantityUnit.Percent => "percent", QuantityUnit.Times => "times", _ => "none" },
            ["valueText"] = r.Value.Text,
            ["delta"] = r.Value.IsDelta,
            ["text"] = r.Text,
            ["field"] = Field(r.Evidence.Span.Field),
            ["start"] = r.Evidence.Span.Start,
            ["end"] = r.Evidence.Span.End,
            ["sentenceStart"] = r.Evidence.Sentence.Start,
            ["sentenceEnd"] = r.Evidence.Sentence.End,
        };
        Set(props, "target", r.Target?.Value);
        Set(props, "method", r.Method?.Value);
        SetDouble(props, "value", r.Value.Value);
        SetDouble(props, "plusMinus", r.Value.PlusMinus);
        SetDouble(props, "from", r.Value.From);
        return props;
    }

    private static Row CommunityProps(CommunitySummary c)
    {
        var props = new Row { ["communityId"] = c.Id, ["label"] = c.Label, ["level"] = c.Level, ["size"] = c.Size };
        Set(props, "parent", c.Parent);
        SetArray(props, "topMembers", c.TopMembers);
        SetDouble(props, "modularity", c.Modularity);
        return props;
    }

    /// <summary>Adds the centralities and communities.</summary>
    private static void Metrics(Row props, string id, GraphAnalysis analysis)
    {
        if (!analysis.Nodes.TryGetValue(id, out var m)) return;
        SetDouble(props, "pagerank", m.PageRank);
        SetDouble(props, "betweenness", m.Betweenness);
        SetDouble(props, "degree", m.Degree);
        SetDouble(props, "closeness", m.Closeness);
        if (m.Community >= 0) props["community"] = m.Community;
        SetArray(props, "communityPath", m.CommunityPath.ToArray());
    }

    private static string Field(TextField field) => field == TextField.Title ? "title" : "abstract";

    private static void Set(Row props, string key, object? value)
    {
        if (value is not null) props[key] = value;
    }

    private static void SetDouble(Row props, string key, double? value)
    {
        if (value is { } v && double.IsFinite(v)) props[key] = v;
    }

    private static void SetArray<T>(Row props, string key, IReadOnlyCollection<T> values)
    {
        if (values.Count > 0) props[key] = values;
    }
}
