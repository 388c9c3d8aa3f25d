namespace PaperGraph.Graph;

/// <summary>
/// Interns strings per build or per read: a million papers repeat the same keys, names, authors and
/// paper ids in every evidence record, and one shared instance of each keeps memory in proportion
/// to the distinct values.
/// </summary>
internal sealed class StringPool
{
    private readonly HashSet<string> strings = new(StringComparer.Ordinal);

    public string Intern(string value)
    {
        if (strings.TryGetValue(value, out var existing)) return existing;
        strings.Add(value);
        return value;
    }

    public string Intern(ReadOnlySpan<char> value)
    {
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out var existing)) return existing;
        var created = value.ToString();
        strings.Add(created);
        return created;
    }
}
