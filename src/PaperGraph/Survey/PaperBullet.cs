using PaperGraph.Queries;

namespace PaperGraph.Survey;

/// <summary>A representative paper (by centrality) and what it proposes, all supported by its own text.</summary>
public sealed record PaperBullet(int Citation, string Title, int? Year, IReadOnlyList<EntityRef> Proposes);
