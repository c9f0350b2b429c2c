using System.Collections.Immutable;
using DioVerify.Engine.Model;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Smt.Proving;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Smt.Tests.Differential;

/// <summary>
/// A schedule and a second arrival order of the same outcomes (for P6), drawn for a differential test.
/// </summary>
/// <param name="Geometry">The device geometry of the request, as the prover names geometries.</param>
public sealed record DrawnSchedule(Schedule Schedule, ImmutableArray<int> SecondArrival, DeviceGeometry Geometry, string Origin)
{
    public override string ToString() =>
        $"{Origin}: {ScheduleWriter.Write(Schedule with { AlternateArrival = SecondArrival })}";
}

/// <summary>
/// Seeded random valid schedules: every geometry of the prover's family and others (sectors up to 4 KiB,
/// blocks of 1–16 sectors, BIO sizes that are and are not multiples of the block), offsets at 0, inside and
/// past the old end of file and near 2^63, unaligned file sizes, unlimited or scarce free space, outcomes
/// from all-ok to all-failed, and arbitrary arrival orders.
/// </summary>
public static class RandomSchedules
{
    public static IEnumerable<DrawnSchedule> Draw(int seed, int count, int maxBios)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return DrawOne(random, maxBios, $"sample {i} of seed {seed}");
        }
    }

    /// <summary>The BIOs of a request, after the ENOSPC cut.</summary>
    public static int BioCount(WriteRequest request, long? freeBlocks) => ConcreteLayout.Of(request, freeBlocks).Count;

    private static DrawnSchedule DrawOne(Random random, int maxBios, string origin)
    {
        while (true)
        {
            var geometry = DrawGeometry(random);
            var request = DrawRequest(random, geometry, maxBios);
            if (request.Validate() is not null) continue;

            var free = DrawFreeBlocks(random, request);
            var bios = BioCount(request, free);
            if (bios > maxBios) continue;

            var failureRate = random.Next(5) switch { 0 => 0.0, 1 => 1.0, 2 => 0.1, _ => 0.5 };
            var outcomes = Enumerable.Range(0, bios).Select(_ => random.NextDouble() < failureRate ? BioStatus.Eio : BioStatus.Ok);
            var schedule = new Schedule(request, free, [.. outcomes], Shuffled(random, bios));
            return new DrawnSchedule(schedule, Shuffled(random, bios), geometry, origin);
        }
    }

    private static DeviceGeometry DrawGeometry(Random random)
    {
        if (random.Next(2) == 0) return DeviceGeometry.Family[random.Next(DeviceGeometry.Family.Count)];

        long sector = random.Next(4) switch { 0 => 512, 1 => 1024, 2 => 2048, _ => 4096 };
        var block = sector * (random.Next(3) == 0 ? random.Next(1, 17) : 1 << random.Next(0, 5));
        var bio = sector * random.Next(1, 41);
        return new DeviceGeometry($"drawn-s{sector}-b{block}-m{bio}", sector, block, bio);
    }

    private static WriteRequest DrawRequest(Random random, DeviceGeometry g, int maxBios)
    {
        var s = g.SectorSize;
        var length = s * random.NextInt64(1, ((maxBios * g.MaxBioBytes) / s) + 1);
        var span = 8 * (g.BlockSize + g.MaxBioBytes);
        long offset;
        long fileSize;
        switch (random.Next(6))
        {
            case 0: // a new or empty file
                offset = 0;
                fileSize = random.Next(2) == 0 ? 0 : random.NextInt64(0, span);
                break;
            case 1: // near 2^63: the largest offsets whose rounded end still fits
                var top = long.MaxValue - length - (g.BlockSize * random.Next(0, 3)) - random.NextInt64(0, span);
                offset = Math.Max(0, top - (top % s) - g.BlockSize);
                fileSize = random.Next(3) switch
                {
                    0 => offset,
                    1 => random.NextInt64(0, long.MaxValue),
                    _ => random.NextInt64(Math.Max(0, offset - span), offset + Math.Min(span, long.MaxValue - offset)),
                };
                break;
            default: // anywhere around the old end of file, sector-aligned, including holes past it
                fileSize = random.Next(4) == 0 ? random.NextInt64(0, span) / s * s : random.NextInt64(0, span);
                offset = Math.Max(0, fileSize + random.NextInt64(-span, span)) / s * s;
                break;
        }

        return new WriteRequest(offset, length, Math.Max(0, fileSize), g.BlockSize, g.SectorSize, g.MaxBioBytes);
    }

    /// <summary>Unlimited, or any number from none up to a little more than the request needs.</summary>
    private static long? DrawFreeBlocks(Random random, WriteRequest request)
    {
        if (random.Next(3) == 0) return null;
        var needed = (ConcreteLayout.Of(request, null).Geometry.AllocEnd - ConcreteLayout.Of(request, null).Geometry.FirstNewBlock) / request.BlockSize;
        return random.Next(8) == 0 ? random.NextInt64(0, long.MaxValue) : random.NextInt64(0, needed + 3);
    }

    private static ImmutableArray<int> Shuffled(Random random, int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        if (random.Next(4) != 0) random.Shuffle(order);
        return [.. order];
    }
}
