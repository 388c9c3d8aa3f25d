namespace PaperGraph.Extraction.Results;

/// <summary>An entity mention with its canonical name and its span in the field.</summary>
internal readonly record struct NamedSpan(EntityType Type, string Name, TextSpan Span);
