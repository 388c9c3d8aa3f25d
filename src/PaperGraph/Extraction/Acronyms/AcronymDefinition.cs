namespace PaperGraph.Extraction.Acronyms;

/// <summary>A short form defined next to its long form in one paper, with what the pair was judged to name.</summary>
internal sealed record AcronymDefinition(
    TextSpan Long,
    TextSpan Short,
    string LongText,
    string ShortText,
    DefinitionVerdict Verdict)
{
    public EntityType Type => Verdict.Type;

    public bool DefaultType => Verdict.DefaultType;

    public string KeyName => Verdict.KeyName;
}
