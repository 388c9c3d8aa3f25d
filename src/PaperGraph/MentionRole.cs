namespace PaperGraph;

/// <summary>Whether a paper introduces an entity or only refers to it.</summary>
public enum MentionRole
{
    Used,
    Proposed,
}
