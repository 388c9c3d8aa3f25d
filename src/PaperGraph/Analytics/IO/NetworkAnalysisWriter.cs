using System.Globalization;
using System.Text.Json;

namespace PaperGraph.Analytics.IO;

/// <summary>
/// Writes an analysis as nodes.tsv (one row per node in input order: id, degree, pagerank, betweenness,
/// community, strength) and summary.json. Numbers use invariant culture and round-trip precision.
/// </summary>
public static class NetworkAnalysisWriter
{
    public static void WriteNodes(string path, NetworkAnalysis analysis, NodeIndex index)
    {
        AtomicFile.WriteText(path, writer =>
        {
            writer.WriteLine("id\tdegree\tpagerank\tbetweenness\tcommunity\tstrength");
            for (var v = 0; v < analysis.Graph.NodeCount; v++)
            {
                writer.Write(index[v]);
                writer.Write('\t');
                writer.Write(analysis.Degree.Degrees[v].ToString(CultureInfo.InvariantCulture));
                writer.Write('\t');
                writer.Write(Number(analysis.PageRank.Scores[v]));
                writer.Write('\t');
                writer.Write(Number(analysis.Betweenness.Scores[v]));
                writer.Write('\t');
                writer.Write(analysis.Communities.Membership[v].ToString(CultureInfo.InvariantCulture));
                writer.Write('\t');
                writer.WriteLine(Number(analysis.Degree.Strengths[v]));
            }
        });
    }

    public static void WriteSummary(string path, NetworkAnalysis analysis, EdgeListGraph input, NetworkAnalysisOptions options)
    {
        AtomicFile.Write(path, stream =>
        {
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                WriteSummaryObject(json, analysis, input, options);
            }
            stream.WriteByte((byte)'\n');
        });
    }

    private static void WriteSummaryObject(Utf8JsonWriter json, NetworkAnalysis analysis, EdgeListGraph input, NetworkAnalysisOptions options)
    {
        json.WriteStartObject();
        json.WriteNumber("nodes", analysis.Graph.NodeCount);
        json.WriteNumber("edges", analysis.Graph.EdgeCount);
        json.WriteNumber("totalWeight", analysis.Graph.TotalWeight);
        json.WriteNumber("edgeLines", input.EdgeLines);
        json.WriteNumber("selfLoopsDropped", input.SelfLoops);
        json.WriteNumber("zeroWeightLines", input.ZeroWeights);
        json.WriteNumber("repeatedPairsSummed", input.RepeatedPairs);
        json.WriteNumber("components", analysis.Components.Count);
        json.WriteNumber("largestComponent", analysis.Components.LargestSize);
        json.WriteNumber("communities", analysis.Communities.CommunityCount);
        json.WriteNumber("modularity", analysis.Modularity);
        json.WriteStartObject("leiden");
        json.WriteString("objective", analysis.Communities.Objective == Communities.QualityObjective.Cpm ? "cpm" : "modularity");
        json.WriteNumber("resolution", analysis.Communities.Resolution);
        json.WriteNumber("seed", options.Leiden.Seed);
        json.WriteNumber("quality", analysis.Communities.Quality);
        json.WriteNumber("iterations", analysis.Communities.Iterations);
        json.WriteEndObject();
        json.WriteStartObject("pagerank");
        json.WriteNumber("damping", options.PageRank.Damping);
        json.WriteNumber("iterations", analysis.PageRank.Iterations);
        json.WriteNumber("finalL1Change", analysis.PageRank.FinalChange);
        json.WriteBoolean("converged", analysis.PageRank.Converged);
        json.WriteEndObject();
        json.WriteStartObject("betweenness");
        json.WriteString("mode", analysis.Betweenness.Mode);
        json.WriteNumber("pivots", analysis.Betweenness.Sources);
        json.WriteEndObject();
        json.WriteStartObject("seconds");
        foreach (var timing in analysis.Timings) json.WriteNumber(timing.Step, Math.Round(timing.Seconds, 3));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
