using PaperGraph.Neo4j;
using PaperGraph.Graph;

namespace PaperGraph.Export;

/// <summary>
/// Results as :Result nodes, reported by their paper and linked to their metric, target and method,
/// so that a leaderboard is a pattern match rather than a property lookup.
/// </summary>
internal static class Neo4jResultCsv
{
    public static void Write(KnowledgeGraph graph, OutputFolder folder)
    {
        var ids = Neo4jSchema.ResultIds(graph.Results);
        folder.WriteText("results.csv", w =>
        {
            var row = new Neo4jCsvRow(w);
            row.Header(["id:ID", ":LABEL", "paper", "metric", "target", "method", "value:double", "unit", "valueText",
                "plusMinus:double", "delta:boolean", "from:double", "text", "field", "start:int", "end:int", "sentenceStart:int", "sentenceEnd:int"]);
            for (var i = 0; i < graph.Results.Count; i++)
            {
                var r = graph.Results[i];
                row.Text(ids[i]).Texts([Neo4jSchema.Result]).Text(r.Paper.Value).Text(r.Metric.Value).Text(r.Target?.Value).Text(r.Method?.Value)
                    .Double(r.Value.Value).Text(GraphJsonNames.Unit(r.Value.Unit)).Text(r.Value.Text)
                    .Double(r.Value.PlusMinus).Bool(r.Value.IsDelta).Double(r.Value.From).Text(r.Text)
                    .Text(GraphJsonNames.Field(r.Evidence.Span.Field))
                    .Int(r.Evidence.Span.Start).Int(r.Evidence.Span.End).Int(r.Evidence.Sentence.Start).Int(r.Evidence.Sentence.End);
                row.End();
            }
        });
        Relationships(folder, Neo4jSchema.Reports, graph.Results, ids, r => r.Paper.Value, reverse: true);
        Relationships(folder, Neo4jSchema.OfMetric, graph.Results, ids, r => r.Metric.Value, reverse: false);
        Relationships(folder, Neo4jSchema.OnTarget, graph.Results, ids, r => r.Target?.Value, reverse: false);
        Relationships(folder, Neo4jSchema.ForMethod, graph.Results, ids, r => r.Method?.Value, reverse: false);
    }


    /// <summary>One relationship per result that has the other end; "reverse" points it from that end to the result.</summary>
    private static void Relationships(OutputFolder folder, string type, IReadOnlyList<ReportedResult> results, string[] ids,
        Func<ReportedResult, string?> other, bool reverse)
    {
        folder.WriteText(Neo4jImportCsvWriter.FileOf(type), w =>
        {
            var row = new Neo4jCsvRow(w);
            row.Header([":START_ID", ":END_ID", ":TYPE"]);
            for (var i = 0; i < results.Count; i++)
            {
                if (other(results[i]) is not { } end) continue;
                if (reverse) row.Text(end).Text(ids[i]);
                else row.Text(ids[i]).Text(end);
                row.Text(type).End();
            }
        });
    }
}
