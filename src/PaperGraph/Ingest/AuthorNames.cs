namespace PaperGraph.Ingest;

/// <summary>Splits a string of author names: "A; B; C", or "A, B and C" (first name first, as arXiv writes them).</summary>
internal static class AuthorNames
{
    private static readonly string[] And = [" and ", " & "];

    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var parts = text.Contains(';') ? text.Split(';') : text.Split(',').SelectMany(part => part.Split(And, StringSplitOptions.None));
        return [.. parts.Select(part => TextNormalizer.Collapse(part)).Where(part => part.Length > 0)];
    }
}
