namespace PaperGraph.Survey;

/// <summary>What a --topic selected: a description for the scope, a name for the title, and the papers (sorted by id).</summary>
internal sealed record TopicMatch(string Basis, string Name, IReadOnlyList<PaperId> Papers);
