namespace PaperGraph.Extraction;

/// <summary>
/// A possible mention proposed by a recogniser, before overlaps are resolved and mentions are grouped
/// into entities. <see cref="KeyName"/> is the name the cross-paper key is computed from when it is
/// not the surface text: the lexicon's canonical name, or the dataset of a split ("COCO" for "COCO val").
/// </summary>
internal sealed record Candidate(TextSpan Span, EntityType Type, MentionOrigin Origin, CandidateEvidence Evidence)
{
    public string? KeyName { get; init; }

    /// <summary>Set for a split mention: the span of its dataset part ("COCO" in "COCO val").</summary>
    public TextSpan? SplitOf { get; init; }

    /// <summary>Introduced by this paper, from a proposal cue.</summary>
    public bool Proposed { get; init; }

    /// <summary>The type is the recogniser's default guess, not read from the lexicon or a cue.</summary>
    public bool DefaultType { get; init; }

    /// <summary>The long form of an acronym definition: its extent is known from the short form.</summary>
    public bool LongForm { get; init; }
}
