namespace PaperGraph.Graph;

/// <summary>The order evidence is listed in everywhere: by paper id, field, then position.</summary>
internal static class EvidenceOrder
{
    public static int Compare(Evidence? a, Evidence? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var c = a.Paper.CompareTo(b.Paper);
        if (c != 0) return c;
        c = a.Span.Field.CompareTo(b.Span.Field);
        if (c != 0) return c;
        c = a.Span.Start.CompareTo(b.Span.Start);
        if (c != 0) return c;
        c = a.Span.End.CompareTo(b.Span.End);
        if (c != 0) return c;
        c = a.Sentence.Start.CompareTo(b.Sentence.Start);
        return c != 0 ? c : a.Sentence.End.CompareTo(b.Sentence.End);
    }
}
