namespace PaperGraph;

/// <summary>
/// An entity as found in one paper: its canonical name, the key that identifies it across
/// papers, its role there, every mention and the aliases that were merged into it.
/// </summary>
public sealed record ExtractedEntity(
    EntityType Type,
    string Name,
    string Key,
    MentionRole Role,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Alias> Aliases);
