using DioVerify.Linux;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// What a file's extent map (FIEMAP) says about P5: the bytes allocated past the end of the file, split into
/// written extents and unwritten ones (allocated but reading as zeros, as xfs leaves its post-EOF blocks), and
/// how far the blocks a write added reach. Unlike <c>st_blocks</c> it is not blurred by holes below EOF.
/// </summary>
public static class ExtentMap
{
    /// <summary>FIEMAP_EXTENT_UNWRITTEN: space allocated, data not yet written (reads as zeros).</summary>
    public const uint Unwritten = 0x800;

    /// <summary>Bytes of extents at or past <paramref name="from"/>: written and unwritten.</summary>
    public static (long Written, long Unwritten) Past(IReadOnlyList<FileExtent> extents, long from)
    {
        long written = 0, unwritten = 0;
        foreach (var e in extents)
        {
            var bytes = Math.Max(0, e.Logical + e.Length - Math.Max(e.Logical, from));
            if ((e.Flags & Unwritten) != 0) unwritten += bytes;
            else written += bytes;
        }

        return (written, unwritten);
    }

    /// <summary>
    /// Where the blocks the write kept end, as the rules' <c>keep</c> speaks of them: the furthest end, capped at
    /// <paramref name="limit"/>, of the extents reaching past <paramref name="firstNewBlock"/>, or
    /// <paramref name="firstNewBlock"/> when there are none.
    /// </summary>
    public static long KeptEnd(IReadOnlyList<FileExtent> extents, long firstNewBlock, long limit) =>
        extents.Where(e => e.Logical + e.Length > firstNewBlock && e.Logical < limit)
            .Select(e => Math.Min(e.Logical + e.Length, limit))
            .DefaultIfEmpty(firstNewBlock)
            .Max();
}
