namespace DioVerify.Linux.Fuse;

/// <summary>
/// The bytes of the FUSE-served image file, kept in memory in 64 KiB chunks allocated on first write.
/// A region never written reads as <see cref="Background"/> says: a real disk is never zero-filled,
/// and an image full of recognisable garbage is what lets the audit see stale exposure.
/// </summary>
public sealed class SparseImage(long length, SparseImage.BackgroundFill background)
{
    /// <summary>Fills <paramref name="destination"/> with what the image holds at <paramref name="offset"/> before any write.</summary>
    public delegate void BackgroundFill(long offset, Span<byte> destination);

    /// <summary>Sees one written chunk: its image offset and its bytes.</summary>
    public delegate void ChunkVisitor(long offset, ReadOnlySpan<byte> bytes);

    private const int ChunkSize = 64 * 1024;

    private readonly Dictionary<long, byte[]> chunks = [];
    private readonly Lock gate = new();

    public long Length { get; } = length;

    public BackgroundFill Background { get; } = background;

    /// <summary>Reads up to <paramref name="destination"/>.Length bytes at <paramref name="offset"/>; short at the end of the image.</summary>
    public int Read(long offset, Span<byte> destination)
    {
        var count = (int)Math.Clamp(Length - offset, 0, destination.Length);
        foreach (var (index, within, done, piece) in Pieces(offset, count))
        {
            lock (gate)
            {
                if (chunks.TryGetValue(index, out var chunk)) chunk.AsSpan(within, piece).CopyTo(destination.Slice(done, piece));
                else Background(offset + done, destination.Slice(done, piece));
            }
        }

        return count;
    }

    /// <summary>Writes <paramref name="source"/> at <paramref name="offset"/>; bytes past the end of the image are refused.</summary>
    public int Write(long offset, ReadOnlySpan<byte> source)
    {
        var count = (int)Math.Clamp(Length - offset, 0, source.Length);
        foreach (var (index, within, done, piece) in Pieces(offset, count))
        {
            lock (gate)
            {
                if (!chunks.TryGetValue(index, out var chunk))
                {
                    chunk = new byte[ChunkSize];
                    Background(index * ChunkSize, chunk);
                    chunks.Add(index, chunk);
                }

                source.Slice(done, piece).CopyTo(chunk.AsSpan(within, piece));
            }
        }

        return count;
    }

    /// <summary>Visits every chunk that has been written, in image order: where the device's new data can be.</summary>
    public void VisitWritten(ChunkVisitor visit)
    {
        lock (gate)
        {
            foreach (var (index, chunk) in chunks.OrderBy(pair => pair.Key)) visit(index * ChunkSize, chunk);
        }
    }

    /// <summary>Splits <c>[offset, offset + count)</c> at chunk boundaries: chunk index, offset within it, bytes before it, length.</summary>
    private static IEnumerable<(long Index, int Within, int Done, int Piece)> Pieces(long offset, int count)
    {
        for (var done = 0; done < count;)
        {
            var position = offset + done;
            var within = (int)(position % ChunkSize);
            var piece = Math.Min(count - done, ChunkSize - within);
            yield return (position / ChunkSize, within, done, piece);
            done += piece;
        }
    }
}
