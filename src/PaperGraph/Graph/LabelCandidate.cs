namespace PaperGraph.Graph;

/// <summary>
/// A member entity of a community as the labeler sees it: how many of the community's papers mention it
/// and how many papers of the corpus do, and its PageRank for tie-breaking and fallback.
/// </summary>
public sealed record LabelCandidate(EntityType Type, string Name, int PapersInCommunity, int PapersInCorpus, double PageRank);
