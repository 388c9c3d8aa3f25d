namespace PaperGraph.Extraction.Acronyms;

/// <summary>A short form defined next to its long form in one paper, with the type the pair was given.</summary>
internal sealed record AcronymDefinition(
    TextSpan Long,
    TextSpan Short,
    string LongText,
    string ShortText,
    EntityType Type,
    bool DefaultType,
    string KeyName);
