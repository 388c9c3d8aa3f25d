namespace PaperGraph.Queries;

/// <summary>A community as the overview lists it.</summary>
public sealed record CommunityInfo(int Id, int Level, int? Parent, string Label, int Size, IReadOnlyList<string> TopMembers, int Subcommunities);
