namespace PaperGraph.Extraction.Patterns;

/// <summary>One item of a name list: its span, and its type when a lexicon or definition candidate already names it.</summary>
internal readonly record struct ListItem(TextSpan Span, EntityType? KnownType);
