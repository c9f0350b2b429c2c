namespace DioVerify.Audit.Traces;

/// <summary>
/// The current write's BIOs ordered by offset, for finding a new BIO's neighbours however BIOs are
/// submitted. Kept as sorted chunks of at most <see cref="MaxChunk"/> entries: appending (the usual
/// ascending order) is O(1), and an insert anywhere moves at most one chunk, so even a million BIOs
/// submitted top-down stay fast — a single sorted array would move O(n²) entries.
/// </summary>
internal sealed class BioOffsetIndex
{
    private const int MaxChunk = 512;

    private readonly List<List<Entry>> _chunks = [[]];

    /// <summary>One BIO: its offset, and its index in submission order.</summary>
    public readonly record struct Entry(long Offset, int Index);

    public int Count { get; private set; }

    public int ChunkCount => _chunks.Count;

    public List<Entry> Chunk(int i) => _chunks[i];

    public void Clear()
    {
        if (_chunks.Count > 1) _chunks.RemoveRange(1, _chunks.Count - 1);
        _chunks[0].Clear();
        if (_chunks[0].Capacity > MaxChunk * 2) _chunks[0].Capacity = 0;
        Count = 0;
    }

    /// <summary>
    /// Where a BIO starting at <paramref name="offset"/> goes, and its neighbours there: the entry
    /// with the greatest offset below it and the first entry at or above it.
    /// </summary>
    public Slot Find(long offset)
    {
        var last = _chunks[^1];
        if (last.Count == 0 || last[^1].Offset < offset)
        {
            var below = last.Count > 0 ? last[^1] : _chunks.Count > 1 ? _chunks[^2][^1] : (Entry?)null;
            return new Slot(_chunks.Count - 1, last.Count, below, null);
        }

        // The first chunk whose last offset is at or above the new one holds the insertion point.
        int lo = 0, hi = _chunks.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_chunks[mid][^1].Offset < offset) lo = mid + 1;
            else hi = mid;
        }
        var chunk = _chunks[lo];
        int a = 0, b = chunk.Count - 1;
        while (a < b)
        {
            var mid = (a + b) >>> 1;
            if (chunk[mid].Offset < offset) a = mid + 1;
            else b = mid;
        }
        Entry? before = a > 0 ? chunk[a - 1] : lo > 0 ? _chunks[lo - 1][^1] : null;
        return new Slot(lo, a, before, chunk[a]);
    }

    /// <summary>Inserts at a slot <see cref="Find"/> returned (nothing inserted since).</summary>
    public void Insert(in Slot slot, Entry entry)
    {
        var chunk = _chunks[slot.Chunk];
        chunk.Insert(slot.Position, entry);
        Count++;
        if (chunk.Count <= MaxChunk) return;

        // Split a full chunk in two; with ascending appends the lower half never changes again.
        var upper = chunk.GetRange(MaxChunk / 2, chunk.Count - MaxChunk / 2);
        chunk.RemoveRange(MaxChunk / 2, chunk.Count - MaxChunk / 2);
        _chunks.Insert(slot.Chunk + 1, upper);
    }

    /// <summary>An insertion point and the entries either side of it.</summary>
    public readonly record struct Slot(int Chunk, int Position, Entry? Below, Entry? Above);
}
