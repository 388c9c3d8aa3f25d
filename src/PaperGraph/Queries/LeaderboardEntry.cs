namespace PaperGraph.Queries;

/// <summary>One reported result: which method (when the text says), its value as written, and the paper.</summary>
public sealed record LeaderboardEntry(EntityRef? Method, double Value, string ValueText, QuantityUnit Unit, string Paper, string Text);
