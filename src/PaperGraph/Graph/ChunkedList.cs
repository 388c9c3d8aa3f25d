namespace PaperGraph.Graph;

/// <summary>
/// An append-only list of structs kept in fixed-size chunks, so that tens of millions of mentions
/// never need one huge array or the copy a doubling list makes when it grows.
/// </summary>
internal sealed class ChunkedList<T> where T : struct
{
    private const int Shift = 14;
    private const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;

    private readonly List<T[]> chunks = [];

    public int Count { get; private set; }

    public ref T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return ref chunks[index >> Shift][index & Mask];
        }
    }

    public int Add(in T item)
    {
        if ((Count & Mask) == 0 && Count >> Shift == chunks.Count) chunks.Add(new T[ChunkSize]);
        chunks[Count >> Shift][Count & Mask] = item;
        return Count++;
    }
}
