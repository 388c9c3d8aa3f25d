using PaperGraph.Graph;
using PaperGraph.Ingest;

namespace PaperGraph.Pipeline;

/// <summary>How a run reads and processes its inputs. Defaults suit a laptop run on the sample pages.</summary>
public sealed record PipelineOptions
{
    public PaperFormat Format { get; init; } = PaperFormat.Auto;
    /// <summary>Stop at the first bad record instead of skipping it.</summary>
    public bool Strict { get; init; }
    public int Parallelism { get; init; } = Environment.ProcessorCount;
    public ShardSpec? Shard { get; init; }
    public AnalysisOptions Analysis { get; init; } = new();
    /// <summary>Reuse the extractions in the output folder's cache for papers whose text it holds.</summary>
    public bool UseCache { get; init; } = true;
}
