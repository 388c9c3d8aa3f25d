namespace PaperGraph;

/// <summary>Where a record came from: a file (or "-" for standard input) and its 1-based line or record number.</summary>
public readonly record struct SourceLocation(string File, long Line)
{
    public override string ToString() => $"{File}:{Line}";
}
