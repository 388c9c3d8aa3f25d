namespace PaperGraph;

/// <summary>Which recogniser found a mention: kept so that precision can be traced per source.</summary>
public enum MentionOrigin
{
    Lexicon,
    Acronym,
    Pattern,
    NameShape,
}
