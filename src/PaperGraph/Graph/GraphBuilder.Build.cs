namespace PaperGraph.Graph;

public sealed partial class GraphBuilder
{
    private static readonly IComparer<Evidence> EvidenceComparer = Comparer<Evidence>.Create(EvidenceOrder.Compare);

    private static readonly IComparer<GraphEdge> EdgeComparer = Comparer<GraphEdge>.Create(CompareEdges);

    /// <summary>
    /// Resolves entities across all papers added so far and returns the graph, every list sorted
    /// by id (edges by source, kind, target; evidence by paper and position).
    /// </summary>
    public KnowledgeGraph Build()
    {
        var resolution = resolver.Resolve();
        var evidence = CreateEvidence();
        var entities = BuildEntities(resolution, evidence);

        // Papers are visited in id order and entities are numbered in id order, so each paper's edges
        // and results come out sorted; only the entity-to-entity edges need a sort of their own.
        var order = new int[papers.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => papers[a].Id.CompareTo(papers[b].Id));
        var firstResult = ResultStarts();

        var paperEdges = new List<GraphEdge>(occurrences.Count);
        var relations = new Dictionary<RelationKey, List<Evidence>>();
        var reported = new List<ReportedResult>(results.Count);
        var paperResults = new List<ReportedResult>();
        var runs = new List<(int Entity, int Occurrence)>();
        var linked = new PaperLinks();
        foreach (var p in order)
        {
            var end = p + 1 < papers.Count ? firstOccurrence[p + 1] : occurrences.Count;
            linked.Clear();
            LinkPaperToEntities(p, end, resolution.EntityOfKey, entities, evidence, runs, paperEdges, linked);
            paperResults.Clear();
            for (var r = firstResult[p]; r < firstResult[p + 1]; r++)
            {
                var result = ToReported(results[r], resolution.EntityOfKey, entities);
                paperResults.Add(result);
                if (result.Method is null || result.Target is null) continue;
                var pair = (EntityOf(results[r].Method, resolution), EntityOf(results[r].Target, resolution));
                linked.Measured.Add(pair);
                Relate(relations, pair.Item1, pair.Item2, EdgeKind.EvaluatedOn, result.Evidence, null);
            }
            reported.AddRange(paperResults.OrderBy(r => r.Evidence, EvidenceComparer));
            LinkEntities(linked, relations);
        }

        var relationEdges = new List<GraphEdge>(relations.Count);
        foreach (var (key, list) in relations)
        {
            var array = list.ToArray();
            Array.Sort(array, EvidenceOrder.Compare);
            relationEdges.Add(new GraphEdge(entities[key.Source].Id.Value, entities[key.Target].Id.Value, key.Kind, array));
        }
        relationEdges.Sort(CompareEdges);

        var sortedPapers = new PaperNode[order.Length];
        for (var i = 0; i < order.Length; i++) sortedPapers[i] = papers[order[i]];
        return new KnowledgeGraph(sortedPapers, entities, Merge(paperEdges, relationEdges), reported);
    }

    /// <summary>Where each paper's results start in the result list (they were added paper by paper).</summary>
    private int[] ResultStarts()
    {
        var starts = new int[papers.Count + 1];
        foreach (var result in results) starts[result.Paper + 1]++;
        for (var p = 0; p < papers.Count; p++) starts[p + 1] += starts[p];
        return starts;
    }

    private static List<GraphEdge> Merge(List<GraphEdge> a, List<GraphEdge> b)
    {
        var merged = new List<GraphEdge>(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count) merged.Add(CompareEdges(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
        for (; i < a.Count; i++) merged.Add(a[i]);
        for (; j < b.Count; j++) merged.Add(b[j]);
        return merged;
    }

    private int EntityOf(int occurrence, EntityResolution resolution) =>
        resolution.EntityOfKey[occurrences[occurrence].Key];

    /// <summary>One evidence record per mention, shared by the entity's list and its paper edge.</summary>
    private Evidence[] CreateEvidence()
    {
        var evidence = new Evidence[mentions.Count];
        for (var o = 0; o < occurrences.Count; o++)
        {
            var occurrence = occurrences[o];
            var paperId = papers[occurrence.Paper].Id;
            for (var m = occurrence.FirstMention; m < occurrence.FirstMention + occurrence.MentionCount; m++)
            {
                var span = mentions[m];
                evidence[m] = new Evidence(paperId, span.Span, span.Sentence);
            }
        }
        return evidence;
    }

    private EntityNode[] BuildEntities(EntityResolution resolution, Evidence[] evidence)
    {
        var count = resolution.Entities.Count;
        var mentionCount = new int[count];
        var paperCount = new int[count];
        var lastPaper = new int[count];
        var lastProposer = new int[count];
        Array.Fill(lastPaper, -1);
        Array.Fill(lastProposer, -1);
        var proposers = new List<PaperId>?[count];
        for (var o = 0; o < occurrences.Count; o++)
        {
            var occurrence = occurrences[o];
            var e = resolution.EntityOfKey[occurrence.Key];
            mentionCount[e] += occurrence.MentionCount;
            if (lastPaper[e] != occurrence.Paper)
            {
                paperCount[e]++;
                lastPaper[e] = occurrence.Paper;
            }
            if (occurrence.Role == MentionRole.Proposed && lastProposer[e] != occurrence.Paper)
            {
                (proposers[e] ??= []).Add(papers[occurrence.Paper].Id);
                lastProposer[e] = occurrence.Paper;
            }
        }

        var lists = new Evidence[count][];
        var filled = new int[count];
        for (var e = 0; e < count; e++) lists[e] = mentionCount[e] == 0 ? [] : new Evidence[mentionCount[e]];
        for (var o = 0; o < occurrences.Count; o++)
        {
            var occurrence = occurrences[o];
            var e = resolution.EntityOfKey[occurrence.Key];
            for (var m = occurrence.FirstMention; m < occurrence.FirstMention + occurrence.MentionCount; m++) lists[e][filled[e]++] = evidence[m];
        }

        var nodes = new EntityNode[count];
        for (var e = 0; e < count; e++)
        {
            Array.Sort(lists[e], EvidenceOrder.Compare);
            var proposedBy = proposers[e] is { } list ? list.Order().ToArray() : [];
            var entity = resolution.Entities[e];
            nodes[e] = new EntityNode(entity.Id, entity.Type, entity.Name)
            {
                Aliases = entity.Aliases,
                PaperCount = paperCount[e],
                MentionCount = mentionCount[e],
                ProposedBy = proposedBy,
                Evidence = lists[e],
            };
        }
        return nodes;
    }

    /// <summary>Writes one edge per entity of the paper and sorts its entities into proposed and used methods and targets.</summary>
    private void LinkPaperToEntities(
        int paper, int end, int[] entityOfKey, EntityNode[] entities, Evidence[] evidence,
        List<(int Entity, int Occurrence)> runs, List<GraphEdge> edges, PaperLinks linked)
    {
        runs.Clear();
        for (var o = firstOccurrence[paper]; o < end; o++) runs.Add((entityOfKey[occurrences[o].Key], o));
        runs.Sort();
        var paperId = papers[paper].Id.Value;
        var firstEdge = edges.Count;
        for (var i = 0; i < runs.Count;)
        {
            var e = runs[i].Entity;
            var j = i;
            var total = 0;
            var proposed = false;
            for (; j < runs.Count && runs[j].Entity == e; j++)
            {
                var occurrence = occurrences[runs[j].Occurrence];
                total += occurrence.MentionCount;
                proposed |= occurrence.Role == MentionRole.Proposed;
            }
            var list = new Evidence[total];
            var at = 0;
            for (var k = i; k < j; k++)
            {
                var occurrence = occurrences[runs[k].Occurrence];
                Array.Copy(evidence, occurrence.FirstMention, list, at, occurrence.MentionCount);
                at += occurrence.MentionCount;
            }
            Array.Sort(list, EvidenceOrder.Compare);
            var entity = entities[e];
            edges.Add(new GraphEdge(paperId, entity.Id.Value, KindFor(entity.Type, proposed), list));
            linked.Add(e, entity.Type, proposed, list[0]);
            i = j;
        }
        edges.Sort(firstEdge, edges.Count - firstEdge, EdgeComparer);
    }

    /// <summary>
    /// EVALUATED_ON from co-occurrence: the paper's proposed methods (or, when it proposes none, the
    /// methods it uses) with each of its datasets and benchmarks, unless a result already links the
    /// pair in this paper; BUILDS_ON: each proposed method to each method the paper uses.
    /// </summary>
    private static void LinkEntities(PaperLinks linked, Dictionary<RelationKey, List<Evidence>> relations)
    {
        var evaluated = linked.Proposed.Count > 0 ? linked.Proposed : linked.Used;
        foreach (var (method, methodEvidence) in evaluated)
        {
            foreach (var (target, targetEvidence) in linked.Targets)
            {
                if (linked.Measured.Contains((method, target))) continue;
                Relate(relations, method, target, EdgeKind.EvaluatedOn, methodEvidence, targetEvidence);
            }
        }
        foreach (var (method, methodEvidence) in linked.Proposed)
        {
            foreach (var (used, usedEvidence) in linked.Used)
            {
                if (used != method) Relate(relations, method, used, EdgeKind.BuildsOn, methodEvidence, usedEvidence);
            }
        }
    }

    private static void Relate(Dictionary<RelationKey, List<Evidence>> relations, int source, int target, EdgeKind kind, Evidence first, Evidence? second)
    {
        var key = new RelationKey(source, target, kind);
        if (!relations.TryGetValue(key, out var list)) relations.Add(key, list = new List<Evidence>(2));
        list.Add(first);
        if (second is not null) list.Add(second);
    }

    private ReportedResult ToReported(PendingResult pending, int[] entityOfKey, EntityNode[] entities)
    {
        EntityId? Id(int occurrence) => occurrence < 0 ? null : entities[entityOfKey[occurrences[occurrence].Key]].Id;
        var evidence = new Evidence(papers[pending.Paper].Id, pending.Evidence.Span, pending.Evidence.Sentence);
        return new ReportedResult(papers[pending.Paper].Id, Id(pending.Metric)!.Value, pending.Value, Id(pending.Target), Id(pending.Method), evidence, pending.Text);
    }

    private static EdgeKind KindFor(EntityType type, bool proposed) => type switch
    {
        EntityType.Method => proposed ? EdgeKind.Proposes : EdgeKind.Uses,
        EntityType.Dataset or EntityType.Benchmark => proposed ? EdgeKind.Proposes : EdgeKind.EvaluatesOn,
        EntityType.Metric => EdgeKind.Measures,
        _ => EdgeKind.Addresses,
    };

    private static int CompareEdges(GraphEdge a, GraphEdge b)
    {
        var c = string.CompareOrdinal(a.Source, b.Source);
        if (c != 0) return c;
        c = a.Kind.CompareTo(b.Kind);
        return c != 0 ? c : string.CompareOrdinal(a.Target, b.Target);
    }
}
