namespace PaperGraph.Pipeline;

/// <summary>Progress of a long run, for a progress bar: the stage and how many papers it has done.</summary>
public readonly record struct PipelineProgress(string Stage, long PapersDone);
