namespace PaperGraph.Pipeline;

/// <summary>
/// Shard i of n ("--shard 2/8", 1-based as users write it): a paper belongs to the shard its id
/// hashes to, so every machine agrees without coordination and shards never overlap.
/// </summary>
public readonly record struct ShardSpec(int Index, int Count)
{
    public static bool TryParse(string text, out ShardSpec shard, out string error)
    {
        shard = default;
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var i) || !int.TryParse(parts[1], out var n))
        {
            error = $"--shard takes i/n, like 2/8 (got '{text}')";
            return false;
        }
        if (n < 1 || i < 1 || i > n)
        {
            error = $"--shard {text}: need 1 <= i <= n";
            return false;
        }
        shard = new ShardSpec(i, n);
        error = "";
        return true;
    }

    public bool Contains(PaperId id) => (int)(StableHash(id.Value) % (uint)Count) == Index - 1;

    // FNV-1a: string.GetHashCode is randomised per process, and shards must agree across machines.
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }

    public override string ToString() => $"{Index}/{Count}";
}
