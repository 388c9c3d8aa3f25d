namespace PaperGraph;

/// <summary>Why two surface forms were taken to name the same entity.</summary>
public enum MergeReason
{
    /// <summary>Equal after folding case, hyphens, spaces and a plural "s".</summary>
    SurfaceVariant,
    /// <summary>A short form defined next to its long form, "Inception Score (IS)".</summary>
    AcronymDefinition,
    /// <summary>The lexicon lists both names for one entity.</summary>
    LexiconAlias,
    /// <summary>A split written with its dataset, "COCO val" for COCO.</summary>
    DatasetSplit,
    /// <summary>A description the paper names, "a collaborative hybrid assignments training scheme, namely Co-DETR".</summary>
    Naming,
}
