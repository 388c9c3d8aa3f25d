namespace PaperGraph.Queries;

/// <summary>One community's members by PageRank (highest first, ties by id); Unknown when the id does not exist.</summary>
public sealed record CommunityMembers(CommunityInfo? Community, IReadOnlyList<CommunityMember> Members, int TotalMembers, UnknownName? Unknown);
