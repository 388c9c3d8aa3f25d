namespace PaperGraph.Survey;

/// <summary>
/// A key method: where it is mentioned, the papers that propose it (ProposedIn, reference numbers) and the
/// methods it builds on, each cited with the papers whose text links the two (BUILDS_ON evidence).
/// </summary>
public sealed record MethodBullet(CitedEntity Method, IReadOnlyList<int> ProposedIn, IReadOnlyList<CitedEntity> BuildsOn);
