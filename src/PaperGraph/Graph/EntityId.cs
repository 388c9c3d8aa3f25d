namespace PaperGraph.Graph;

/// <summary>
/// The graph id of an entity: its type and its cross-paper key, "method:lora", "dataset:cifar10".
/// The key is what <see cref="ExtractedEntity.Key"/> gives, so the same entity in two papers meets here.
/// </summary>
public readonly record struct EntityId(string Value) : IComparable<EntityId>
{
    public static EntityId Of(EntityType type, string key) => new(type.ToString().ToLowerInvariant() + ":" + key);

    public int CompareTo(EntityId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
