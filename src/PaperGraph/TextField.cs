namespace PaperGraph;

/// <summary>The part of a paper a span points into.</summary>
public enum TextField
{
    Title,
    Abstract,
}
