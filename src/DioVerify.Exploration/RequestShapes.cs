using DioVerify.Engine.Model;
using DioVerify.Engine.Runs;

namespace DioVerify.Exploration;

/// <summary>
/// The request shapes explored for a BIO count: every situation SPEC distinguishes — new file,
/// overwrite, straddling EOF, a hole, BIOs smaller than, not dividing, unaligned to or spanning blocks,
/// blocks below and above 4 KiB, sectors of 512, 1024, 2048 and 4096 bytes, a write ending at the top
/// of the offset range, and the ENOSPC cut at the start, inside a new file, inside an existing one and
/// inside a BIO's span. Exploration judges only these requests: a fault on any other is not seen.
/// </summary>
public static class RequestShapes
{
    private const long Sector = 512;
    private const long Block = 4096;

    private static readonly Func<int, RequestShape?>[] Makers =
    [
        n => n == 0 ? null : Shape("extend-empty-file", 0, 0, n * Block, Block, Sector, Block, null),
        n => n == 0 ? null : Shape("overwrite-inside", Block, (n + 2) * Block, n * Block, Block, Sector, Block, null),
        n => n == 0 ? null : Shape("straddle-unaligned-eof", 0, Block + 1000, n * 2 * Block, Block, Sector, 2 * Block, null),
        n => n == 0 ? null : Shape("past-eof-with-hole", (3 * Block) + Sector, 1000, n * Block, Block, Sector, Block, null),
        n => n == 0 ? null : Shape("bio-smaller-than-block", 0, 0, n * 1024, Block, Sector, 1024, null),
        n => n == 0 ? null : Shape("bio-unaligned-to-block", 0, 0, n * 6144, Block, Sector, 6144, null),
        n => n == 0 ? null : Shape("large-sectors", 0, 0, n * 16384, 65536, 4096, 16384, null),
        n => n == 0 ? null : Shape("enospc-new-file", 0, 0, (n + 2) * Block, Block, Sector, Block, n),
        n => n == 0 ? null : Shape("enospc-inside-file", Block, 2 * Block, (n + 2) * Block, Block, Sector, Block, n - 1),
        n => n == 0 ? null : OffsetInBlockCut(n),
        n => n == 0 ? null : Shape("sectors-1k-bio-not-dividing-block", 0, 0, n * 3072, Block, 1024, 3072, null),
        n => n == 0 ? null : Shape("sectors-2k-overwrite-across-eof", 2048, 5000, n * 8192, 8192, 2048, 8192, null),
        n => n == 0 ? null : Shape("small-blocks-bio-spans-blocks", 0, 1536, n * 4096, 1024, Sector, 4096, null),
        n => n == 0 ? null : LargeBlocksCutInsideBio(n),
        n => n == 0 ? null : TopOfRange(n),
        n => n == 0 ? Shape("enospc-at-offset", 0, 0, 2 * Block, Block, Sector, Block, 0) : null,
        n => n == 0 ? Shape("enospc-mid-block-offset", Block + Sector, Block, 2 * Block, Block, Sector, Block, 0) : null,
    ];

    /// <summary>Every shape that maps to exactly <paramref name="bios"/> BIOs.</summary>
    public static IReadOnlyList<RequestShape> For(int bios)
    {
        var shapes = Makers.Select(make => make(bios)).OfType<RequestShape>().ToList();
        foreach (var shape in shapes)
        {
            // A shape that drifted from its BIO count would silently explore the wrong space.
            if (shape.Request.Validate() is { } error)
            {
                throw new InvalidOperationException($"request shape {shape.Name} is invalid: {error}");
            }

            var count = ConcreteLayout.Of(shape.Request, shape.FreeBlocks).Count;
            if (count != bios)
            {
                throw new InvalidOperationException($"request shape {shape.Name} maps to {count} BIOs, not {bios}");
            }
        }

        return shapes;
    }

    /// <summary>
    /// 1 KiB BIOs from an offset inside a new block, cut where the space runs out: sectors smaller
    /// than blocks, a cut that is block-aligned while the BIOs are not.
    /// </summary>
    private static RequestShape OffsetInBlockCut(int n)
    {
        var free = (n + 3) / 4;
        var offset = ((4 * free) - n) * 1024L;
        var cut = free * Block;
        return Shape("enospc-offset-in-block", offset, 0, cut - offset + Block, Block, Sector, 1024, free)!;
    }

    /// <summary>
    /// 16 KiB blocks of 512-byte sectors, 12 KiB BIOs (smaller than a block, not dividing it), and the
    /// ENOSPC cut at a block boundary 4 KiB into the last BIO's span, so the last BIO is cut short.
    /// </summary>
    private static RequestShape LargeBlocksCutInsideBio(int n)
    {
        const long block = 16384, maxBio = 12288, lastBio = 4096;
        var free = (((n - 1) * maxBio) + lastBio + block - 1) / block;
        var offset = (free * block) - ((n - 1) * maxBio) - lastBio;
        return Shape("large-blocks-enospc-inside-bio", offset, 0, (n * maxBio) + block, block, Sector, maxBio, free)!;
    }

    /// <summary>
    /// A write ending at <c>roundDown(2^63 - 1, B)</c>, the last block SPEC's validation allows, over a file
    /// whose unaligned EOF falls inside the first BIO: arithmetic on offsets near the limit.
    /// </summary>
    private static RequestShape TopOfRange(int n)
    {
        var offset = (long.MaxValue - (long.MaxValue % Block)) - (n * Block);
        return Shape("top-of-offset-range", offset, offset + 2048, n * Block, Block, Sector, Block, null)!;
    }

    private static RequestShape? Shape(string name, long offset, long fileSize, long length, long block, long sector, long maxBio, long? free) =>
        new(name, new WriteRequest(offset, length, fileSize, block, sector, maxBio), free);
}
