namespace PaperGraph.Graph;

/// <summary>
/// One entity of one paper, as the builder stores it until <see cref="GraphBuilder.Build"/>: the key
/// node it resolves through and the run of its mentions in the builder's mention list.
/// </summary>
internal readonly record struct Occurrence(int Paper, int Key, MentionRole Role, int FirstMention, int MentionCount);
