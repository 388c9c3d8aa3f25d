namespace PaperGraph;

/// <summary>The unit a reported number is written in.</summary>
public enum QuantityUnit
{
    None,
    Percent,
    /// <summary>A multiplier: "3x", "2.5×".</summary>
    Times,
}

/// <summary>
/// A number as a paper reports it: "8.81pm0.10", "59.5%", "+1.3%", "3x". Text keeps the
/// written form; IsDelta marks a change ("+1.3%", "improves by 2 points") rather than a level.
/// </summary>
public sealed record Quantity(double Value, QuantityUnit Unit, string Text)
{
    public double? PlusMinus { get; init; }
    public bool IsDelta { get; init; }
    /// <summary>The starting value of "from 58.5% to 59.5%".</summary>
    public double? From { get; init; }
}
