namespace PaperGraph;

/// <summary>A half-open character range [Start, End) in one field of a paper.</summary>
public readonly record struct TextSpan(TextField Field, int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(TextSpan other) => other.Field == Field && other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Field == Field && other.Start < End && Start < other.End;

    public override string ToString() => $"{Field}[{Start}..{End})";
}
