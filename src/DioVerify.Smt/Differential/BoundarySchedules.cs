using DioVerify.Engine.Model;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;

namespace DioVerify.Smt.Differential;

/// <summary>
/// Seeded valid schedules where arithmetic is most likely to mean different things: requests at 0, one sector
/// either side of a block boundary and at the top of the 64-bit range; sector sizes 512 to 4096; blocks of
/// 1 to 16 sectors; BIO sizes that do and do not divide the block; file sizes below, at and past the request,
/// unaligned; unlimited or scarce free space (cuts); any outcomes and arrival order.
/// </summary>
public static class BoundarySchedules
{
    /// <summary><paramref name="count"/> schedules of at most <paramref name="maxBios"/> BIOs, the same for the same seed.</summary>
    public static IEnumerable<Schedule> Draw(int seed, int count, int maxBios)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return DrawOne(random, maxBios);
        }
    }

    private static Schedule DrawOne(Random random, int maxBios)
    {
        while (true)
        {
            long sector = 512L << random.Next(4);
            var block = sector * (random.Next(2) == 0 ? 1L << random.Next(5) : random.Next(1, 17));
            var bio = sector * random.Next(1, 41);
            var length = sector * random.NextInt64(1, (maxBios * bio / sector) + 1);
            var (offset, fileSize) = Place(random, sector, block, bio, length);
            var request = new WriteRequest(offset, length, fileSize, block, sector, bio);
            if (request.Validate() is not null) continue;

            var free = FreeBlocks(random, request);
            var bios = ConcreteLayout.Of(request, free).Count;
            if (bios > maxBios) continue;

            var failureRate = random.Next(4) switch { 0 => 0.0, 1 => 1.0, _ => 0.4 };
            var outcomes = Enumerable.Range(0, bios).Select(_ => random.NextDouble() < failureRate ? BioStatus.Eio : BioStatus.Ok);
            var arrival = Enumerable.Range(0, bios).ToArray();
            random.Shuffle(arrival);
            return new Schedule(request, free, [.. outcomes], [.. arrival]);
        }
    }

    private static (long Offset, long FileSize) Place(Random random, long sector, long block, long bio, long length)
    {
        var span = 8 * (block + bio);
        long offset = random.Next(3) switch
        {
            0 => 0,
            // One sector either side of a block boundary, or on it.
            1 => Math.Max(0, (block * random.Next(0, 8)) + (sector * random.Next(-1, 2))),
            // The top of the range: the largest aligned offsets whose rounded-up end still fits.
            _ => AlignDown(long.MaxValue - length - (block * random.Next(1, 3)) - random.NextInt64(0, span), sector),
        };
        long fileSize = random.Next(4) switch
        {
            0 => 0,
            1 => offset,
            2 => Math.Max(0, offset - random.NextInt64(0, span)),
            _ => offset + Math.Min(random.NextInt64(0, span), long.MaxValue - offset),
        };
        return (offset, fileSize);
    }

    /// <summary>Unlimited, or from none to a little more than the request needs, so some requests are cut.</summary>
    private static long? FreeBlocks(Random random, WriteRequest request)
    {
        if (random.Next(3) == 0) return null;
        var g = ConcreteLayout.Of(request, null).Geometry;
        return random.NextInt64(0, ((g.AllocEnd - g.FirstNewBlock) / request.BlockSize) + 3);
    }

    private static long AlignDown(long x, long unit) => Math.Max(0, x - (x % unit));
}
