namespace PaperGraph.Queries;

/// <summary>A node of a community: a paper (Type "Paper") or an entity, with its centralities.</summary>
public sealed record CommunityMember(string Id, string Name, string Type, double PageRank, double Betweenness, double Degree);
