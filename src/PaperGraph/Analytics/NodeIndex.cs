namespace PaperGraph.Analytics;

/// <summary>
/// Maps string node ids to the dense ints 0..n-1 a <see cref="CsrGraph"/> uses, in order of first
/// appearance, and back. Ids are compared ordinally (case and accents matter).
/// </summary>
public sealed class NodeIndex
{
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];

    public int Count => _ids.Count;

    public IReadOnlyList<string> Ids => _ids;

    /// <summary>The id of a dense node number.</summary>
    public string this[int node] => _ids[node];

    public int GetOrAdd(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_byId.TryGetValue(id, out var node)) return node;
        node = _ids.Count;
        _byId.Add(id, node);
        _ids.Add(id);
        return node;
    }

    public bool TryGetNode(string id, out int node) => _byId.TryGetValue(id, out node);

    public int NodeOf(string id) =>
        _byId.TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"No node with id '{id}'.");
}
