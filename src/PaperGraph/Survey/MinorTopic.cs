namespace PaperGraph.Survey;

/// <summary>A community too small or too far down the list for a section of its own: one line with its papers.</summary>
public sealed record MinorTopic(string Title, int? Community, int PaperCount, IReadOnlyList<int> Citations);
