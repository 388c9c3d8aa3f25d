namespace PaperGraph;

/// <summary>One occurrence of an entity name in a paper, with the exact span that supports it.</summary>
public sealed record Mention(EntityType Type, string Text, TextSpan Span, MentionOrigin Origin);
