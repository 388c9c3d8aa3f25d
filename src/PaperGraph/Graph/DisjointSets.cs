namespace PaperGraph.Graph;

/// <summary>Union–find over key node indices, with path halving.</summary>
internal sealed class DisjointSets
{
    private readonly int[] parent;

    public DisjointSets(int count)
    {
        parent = new int[count];
        for (var i = 0; i < count; i++) parent[i] = i;
    }

    public int Find(int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    public void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra != rb) parent[ra] = rb;
    }
}
