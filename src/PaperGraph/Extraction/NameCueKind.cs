namespace PaperGraph.Extraction;

/// <summary>The word lists of data/extraction/name-cues.tsv.</summary>
internal enum NameCueKind
{
    ProposeVerb,
    Naming,
    ListIntroducer,
    EvaluationVerb,
    Split,
    Determiner,
    Blocker,
    Connector,
    NameHead,
    Quantifier,
    NotEvaluation,
    ShapeContext,
    Modifier,
    OfHead,
    TitleBreak,
    GenericModifier,
    Subject,
    DescriptionHead,
    Number,
    TaskWord,
    Verb,
}
