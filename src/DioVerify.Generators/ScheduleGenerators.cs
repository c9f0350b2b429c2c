using System.Collections.Immutable;
using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using FsCheck;
using FsCheck.Fluent;

namespace DioVerify.Generators;

/// <summary>
/// Every FsCheck generator and shrinker of DioVerify, in one place: the test suites and the FsCheck column
/// of <c>dioverify check</c> draw from these. An <c>Arbitraries</c>-style class:
/// register it with <c>Config.WithArbitrary([typeof(ScheduleGenerators)])</c> or
/// <c>[Property(Arbitrary = [typeof(ScheduleGenerators)])]</c>, or take <see cref="Schedules"/> /
/// <see cref="ReorderedSchedules"/> directly.
/// </summary>
/// <remarks>
/// <para>Generation covers what SPEC distinguishes: sector 512/1024/2048/4096; blocks 512 B..64 KiB, powers of two
/// and odd multiples of the sector (below and above 4 KiB with 512-byte sectors); max BIO sizes that are blocks,
/// multiples of blocks, or any sector multiple (below a block and not dividing it, or not a multiple of it);
/// files empty, short, long (up to 2^42) with unaligned sizes; now and then a write ending within a few sectors
/// of the validation limit (<see cref="TopOfRangeGen"/>);
/// writes inside, across and past EOF (leaving holes), at block-aligned and mid-block offsets; free space
/// unlimited, exact, generous, tight (a cut) and zero; outcomes with no, one, many and all failures;
/// identity, reversed and shuffled arrival. The BIO count is at most <see cref="MaxBios"/> and grows with
/// FsCheck's size (a quarter of it, plus one), so every case is cheap and early cases are small.</para>
/// <para>Shrinking only ever proposes valid schedules that are strictly smaller in the order
/// (BIOs, failures, arrival inversions, alternate inversions, sector, block, max BIO, length, offset,
/// file size, free blocks) — so it terminates — and moves toward the smallest readable story: fewer BIOs,
/// fewer failures, the identity order, then smaller and rounder numbers.</para>
/// </remarks>
public static class ScheduleGenerators
{
    /// <summary>
    /// Most BIOs a generated schedule maps to (P6 on replay tries every order up to 8). 24 so that a fault
    /// needing 17 or more BIOs is in reach (issue 13): at FsCheck's default sizes (up to 100) a quarter of
    /// the size plus one reaches it in the last tenth of a run, and check's 2000 cases stay cheap.
    /// </summary>
    public const int MaxBios = 24;

    private const long MaxBlock = 64 * 1024;

    // ---- Arbitraries (discovered by FsCheck's registration by their return type) ----

    /// <summary>Valid schedule v1 cases with their shrinker.</summary>
    public static Arbitrary<Schedule> Schedules() => Arb.From(ScheduleGen, Shrink);

    /// <summary>Schedules with a second arrival order, for P6, with their shrinker.</summary>
    public static Arbitrary<ReorderedSchedule> ReorderedSchedules() => Arb.From(ReorderedGen, ShrinkReordered);

    /// <summary>The generator of <see cref="Schedules"/>.</summary>
    /// <remarks>
    /// One case in twenty sits at the top of the offset range: requests there are valid and must behave like any
    /// other, and a fault only there is otherwise invisible to FsCheck (offsets elsewhere stay below 2^43).
    /// </remarks>
    public static Gen<Schedule> ScheduleGen { get; } = Gen.Frequency(
        (19, SchedulesOf(Requests())),
        (1, SchedulesOf(TopOfRangeRequests())));

    /// <summary>The generator of <see cref="ReorderedSchedules"/>.</summary>
    public static Gen<ReorderedSchedule> ReorderedGen { get; } =
        from schedule in ScheduleGen
        from alternate in ArrivalFor(schedule.Outcomes.Length)
        select new ReorderedSchedule(schedule with { AlternateArrival = alternate });

    /// <summary>
    /// Valid requests at the top of the range SPEC allows: the write ending within a sector or two of
    /// <c>roundDown(2^63 - 1, B)</c>, with files empty, ending at the write, or as large as a <c>long</c> can
    /// say. Kept apart from <see cref="ScheduleGen"/> (see <c>TopOfTheOffsetRange</c>): it is not an
    /// <see cref="Arbitrary{T}"/>, so registration still finds exactly one for <see cref="Schedule"/>.
    /// </summary>
    public static Gen<Schedule> TopOfRangeGen { get; } = SchedulesOf(TopOfRangeRequests());

    private static Gen<Schedule> SchedulesOf(Gen<WriteRequest> requests) =>
        from request in requests
        from free in FreeBlocksFor(request)
        let n = BioCount(request, free)
        from outcomes in OutcomesFor(n)
        from arrival in ArrivalFor(n)
        select new Schedule(request, free, outcomes, arrival);

    // ---- Requests ----

    private static Gen<WriteRequest> Requests() =>
        from s in Shapes()
        from offset in OffsetFor(s.Sector, s.Block)
        from fileSize in FileSizeFor(s.Sector, s.Block, offset, s.Length)
        select new WriteRequest(offset, s.Length, fileSize, s.Block, s.Sector, s.MaxBio);

    /// <summary>Requests ending within a few sectors of <c>roundDown(2^63 - 1, B)</c>; see <see cref="TopOfRangeGen"/>.</summary>
    private static Gen<WriteRequest> TopOfRangeRequests() =>
        from s in Shapes()
        from slack in Gen.Choose(0, 2)
        let offset = (long.MaxValue - (long.MaxValue % s.Block)) - s.Length - (slack * s.Sector)
        from fileSize in Gen.Elements(0L, offset, offset + s.Length, long.MaxValue - s.Block, long.MaxValue)
        select new WriteRequest(offset, s.Length, fileSize, s.Block, s.Sector, s.MaxBio);

    /// <summary>
    /// The geometry and length both kinds of request share: a length of 1..<see cref="MaxBios"/> BIOs, the last one
    /// partial. Where the write sits in the file is each kind's own choice.
    /// </summary>
    private static Gen<(long Sector, long Block, long MaxBio, long Length)> Shapes() =>
        from sector in Sectors()
        from block in BlockFor(sector)
        from maxBio in MaxBioFor(sector, block)
        from bios in BiosForSize()
        from tailSectors in Gen.Choose(1, (int)(maxBio / sector))
        select (sector, block, maxBio, ((bios - 1) * maxBio) + (tailSectors * sector));

    /// <summary>Every logical sector size devices report; 512 most often, as on most disks.</summary>
    private static Gen<long> Sectors() => Gen.Frequency(
        (6, Gen.Constant(512L)), (1, Gen.Constant(1024L)), (1, Gen.Constant(2048L)), (2, Gen.Constant(4096L)));

    /// <summary>How many BIOs a request is cut into (before ENOSPC): 1 up to a quarter of FsCheck's size plus one.</summary>
    private static Gen<int> BiosForSize() => Gen.Sized(size => Gen.Choose(1, Math.Clamp(1 + (size / 4), 1, MaxBios)));

    /// <summary>Powers of two times the sector (the usual case) and, rarely, odd multiples SPEC also allows.</summary>
    private static Gen<long> BlockFor(long sector)
    {
        var powers = new List<long>();
        for (var b = sector; b <= MaxBlock; b *= 2) powers.Add(b);
        var odd = new long[] { 3, 5, 6, 7 }.Select(m => m * sector).Where(b => b <= MaxBlock).ToArray();
        return Gen.Frequency((8, Gen.Elements(powers.ToArray())), (1, Gen.Elements(odd)));
    }

    /// <summary>A block, a few blocks, or any sector multiple up to two blocks (smaller than, or not a multiple of, a block).</summary>
    private static Gen<long> MaxBioFor(long sector, long block) => Gen.Frequency(
        (4, Gen.Constant(block)),
        (2, Gen.Choose(2, 4).Select(k => k * block)),
        (3, Gen.Choose(1, (int)(2 * block / sector) + 2).Select(j => j * sector)));

    /// <summary>Block-aligned or mid-block, near the start or (rarely) terabytes into the file.</summary>
    private static Gen<long> OffsetFor(long sector, long block) =>
        from blocks in Gen.Choose(0, 6)
        from inBlock in block == sector
            ? Gen.Constant(0L)
            : Gen.Frequency((1, Gen.Constant(0L)), (1, Gen.Choose(1, (int)(block / sector) - 1).Select(k => k * sector)))
        from far in Gen.Frequency((9, Gen.Constant(0L)), (1, Gen.Choose(1, 1 << 20).Select(k => k * (1L << 22))))
        select far + (blocks * block) + inBlock;

    /// <summary>
    /// Empty; ending at or before <c>off</c> (a write past EOF, leaving a hole when it ends blocks before);
    /// ending inside the write (across EOF); ending after it (an overwrite inside the file); or terabytes
    /// long. Any byte count: unaligned sizes are the interesting ones, so aligned ones come from rounding a
    /// third of the time.
    /// </summary>
    private static Gen<long> FileSizeFor(long sector, long block, long offset, long length)
    {
        var end = offset + length;
        var raw = Gen.Frequency(
            (2, Gen.Constant(0L)),
            (3, Choose64(0, offset)),
            (3, Choose64(offset + 1, end - 1)),
            (3, Choose64(end, end + (3 * block))),
            (1, Choose64(end, end + (1L << 40))));
        return from size in raw
               from rounding in Gen.Frequency((4, Gen.Constant(1L)), (1, Gen.Constant(sector)), (1, Gen.Constant(block)))
               select size - (size % rounding);
    }

    // ---- Free space ----

    /// <summary>Unlimited (null), exactly enough, more than enough, tight (a cut part-way) or none at all.</summary>
    private static Gen<long?> FreeBlocksFor(WriteRequest request)
    {
        var needed = NeededBlocks(request);
        if (needed == 0)
        {
            // Nothing to allocate: free space cannot matter, but the schedule may still say how much there is.
            return Gen.Frequency((3, Gen.Constant<long?>(null)), (1, Gen.Choose(0, 3).Select(k => (long?)k)));
        }

        return Gen.Frequency(
            (5, Gen.Constant<long?>(null)),
            (1, Gen.Constant<long?>(needed)),
            (1, Gen.Choose(1, 3).Select(k => (long?)(needed + k))),
            (3, Choose64(0, needed - 1).Select(k => (long?)k)),
            (1, Gen.Constant<long?>(0)));
    }

    /// <summary>
    /// How many BIOs a valid request maps to: what <c>ConcreteLayout.Of(request, free).Count</c> returns, counted
    /// as the schedule reader counts them (geometry, then <c>ceil((cut - off) / M)</c>) without laying the BIOs
    /// out, so generating and shrinking never depend on the layout code under test.
    /// </summary>
    public static int BioCount(WriteRequest request, long? freeBlocks)
    {
        var g = Geometry<bool, long>.Of(ConcreteAlgebra.Instance, request.ToTerms(freeBlocks));
        return checked((int)BioLayout<bool, long>.BioCount(request.Offset, g.Cut, request.MaxBioBytes));
    }

    /// <summary>Blocks the request must allocate (SPEC "Existing blocks"), from the unlimited geometry.</summary>
    public static long NeededBlocks(WriteRequest request)
    {
        var g = Geometry<bool, long>.Of(ConcreteAlgebra.Instance, request.ToTerms(null));
        return (g.AllocEnd - g.FirstNewBlock) / request.BlockSize;
    }

    // ---- Outcomes and arrival ----

    /// <summary>None failed, one, many (each a coin weighted toward ok), or all.</summary>
    private static Gen<ImmutableArray<BioStatus>> OutcomesFor(int n)
    {
        if (n == 0) return Gen.Constant(ImmutableArray<BioStatus>.Empty);
        var ok = Gen.Constant(BioStatus.Ok);
        var eio = Gen.Constant(BioStatus.Eio);
        return Gen.Frequency<ImmutableArray<BioStatus>>(
            (3, Gen.Constant(Enumerable.Repeat(BioStatus.Ok, n).ToImmutableArray())),
            (4, Gen.Choose(0, n - 1).Select(k => Enumerable.Range(0, n).Select(i => i == k ? BioStatus.Eio : BioStatus.Ok).ToImmutableArray())),
            (3, Gen.ArrayOf(Gen.Frequency((2, ok), (1, eio)), n).Select(a => a.ToImmutableArray())),
            (1, Gen.Constant(Enumerable.Repeat(BioStatus.Eio, n).ToImmutableArray())));
    }

    /// <summary>Identity, reversed, or a uniform shuffle of <c>0..n-1</c>.</summary>
    private static Gen<ImmutableArray<int>> ArrivalFor(int n)
    {
        if (n == 0) return Gen.Constant(ImmutableArray<int>.Empty);
        var identity = Enumerable.Range(0, n).ToImmutableArray();
        return Gen.Frequency<ImmutableArray<int>>(
            (2, Gen.Constant(identity)),
            (1, Gen.Constant(identity.Reverse().ToImmutableArray())),
            (6, Gen.Shuffle(identity.ToArray()).Select(a => a.ToImmutableArray())));
    }

    private static Gen<long> Choose64(long low, long high) =>
        high <= low ? Gen.Constant(low) : FsCheck.FSharp.Gen.Choose64(low, high);

    // ---- Shrinking ----

    /// <summary>
    /// Smaller valid schedules, most drastic first: fewer BIOs (tail dropped, head dropped, less free space),
    /// fewer failures, arrival closer to file order, then smaller sector, block, BIO size, length, offset,
    /// file size and free space. Each candidate maps to no more BIOs than <paramref name="s"/>.
    /// </summary>
    public static IEnumerable<Schedule> Shrink(Schedule s)
    {
        var r = s.Request;
        var n = s.Outcomes.Length;

        // Fewer BIOs: keep only the first k (the request ends with BIO k-1), smallest first.
        for (var k = 0; k < n; k++)
        {
            var length = Math.Min(r.Length, Math.Max(1, k) * r.MaxBioBytes);
            if (k == 0 && length == r.Length) continue;
            var candidate = k == 0 ? With(s, r, 0) : With(s, r with { Length = length }, s.FreeBlocks);
            if (candidate is not null && candidate.Outcomes.Length < n) yield return candidate;
        }

        // Fewer BIOs: drop the first one (the request starts one BIO later).
        if (n >= 2 && DropHead(s) is { } headless) yield return headless;

        // Fewer BIOs: less free space, so an earlier cut.
        if (s.FreeBlocks is { } free)
        {
            foreach (var fewer in Toward(free, 0, 1))
            {
                if (With(s, r, fewer) is { } candidate && candidate.Outcomes.Length < n) yield return candidate;
            }
        }

        // Fewer failures: one failed BIO at a time becomes ok, the last first (the first failure is the story).
        for (var i = n - 1; i >= 0; i--)
        {
            if (s.Outcomes[i] == BioStatus.Eio) yield return s with { Outcomes = s.Outcomes.SetItem(i, BioStatus.Ok) };
        }

        // Arrival closer to file order: all at once, then one adjacent inversion at a time.
        foreach (var arrival in TowardIdentity(s.Arrival))
        {
            yield return s with { Arrival = arrival };
        }

        // Alternate arrival (P6 pairs) closer to file order, the same way.
        if (s.AlternateArrival is { } alternate)
        {
            foreach (var order in TowardIdentity(alternate))
            {
                yield return s with { AlternateArrival = order };
            }
        }

        // Smaller numbers: the same BIOs (or fewer) in a simpler geometry.
        foreach (var request in SmallerRequests(r, n))
        {
            if (With(s, request, s.FreeBlocks) is { } candidate) yield return candidate;
        }

        // Unlimited space is the simplest story when it changes nothing.
        if (s.FreeBlocks is not null && With(s, r, null) is { } unlimited && unlimited.Outcomes.Length == n) yield return unlimited;
    }

    /// <summary>Shrinks the schedule (and with it the alternate order) as <see cref="Shrink"/> does.</summary>
    public static IEnumerable<ReorderedSchedule> ShrinkReordered(ReorderedSchedule pair) =>
        Shrink(pair.Schedule).Select(s => new ReorderedSchedule(s));

    private static IEnumerable<WriteRequest> SmallerRequests(WriteRequest r, int n)
    {
        // Every multiple of 4096 is one of 512: the numbers stay, the sector shrinks.
        if (r.SectorSize > 512) yield return r with { SectorSize = 512 };

        foreach (var block in new[] { r.SectorSize, 4096, r.BlockSize / 2 }.Where(b => b < r.BlockSize && b % r.SectorSize == 0).Distinct())
        {
            yield return r with { BlockSize = block };
        }

        // A smaller BIO size, with the length trimmed so the BIO count cannot grow.
        foreach (var maxBio in new[] { r.BlockSize, r.SectorSize, RoundDown(r.MaxBioBytes / 2, r.SectorSize) }.Where(m => m > 0 && m < r.MaxBioBytes).Distinct())
        {
            yield return r with { MaxBioBytes = maxBio, Length = Math.Min(r.Length, Math.Max(1, n) * maxBio) };
        }

        foreach (var length in Toward(r.Length, r.SectorSize, r.SectorSize))
        {
            yield return r with { Length = length };
        }

        foreach (var offset in Aligned(r.Offset, r.BlockSize).Concat(Toward(r.Offset, 0, r.SectorSize)).Distinct())
        {
            yield return r with { Offset = offset };
        }

        foreach (var size in Aligned(r.FileSize, r.BlockSize).Concat(Aligned(r.FileSize, r.SectorSize)).Concat(Toward(r.FileSize, 0, 1)).Distinct())
        {
            yield return r with { FileSize = size };
        }
    }

    /// <summary>
    /// The schedule with a new request and free space, if valid and mapping to no more BIOs: the same outcomes
    /// and arrival when the count is unchanged, else those of the BIOs that remain, in the same relative order.
    /// </summary>
    private static Schedule? With(Schedule s, WriteRequest request, long? freeBlocks)
    {
        if (request.Validate() is not null || freeBlocks < 0) return null;
        var n = BioCount(request, freeBlocks);
        if (n > s.Outcomes.Length) return null;
        return Keep(s with { Request = request, FreeBlocks = freeBlocks }, first: 0, count: n);
    }

    /// <summary>The request minus its first BIO, if that maps to exactly the remaining BIOs.</summary>
    private static Schedule? DropHead(Schedule s)
    {
        var r = s.Request;
        if (r.Length <= r.MaxBioBytes) return null;
        var request = r with { Offset = r.Offset + r.MaxBioBytes, Length = r.Length - r.MaxBioBytes };
        if (request.Validate() is not null || BioCount(request, s.FreeBlocks) != s.Outcomes.Length - 1) return null;
        return Keep(s with { Request = request }, first: 1, count: s.Outcomes.Length - 1);
    }

    /// <summary>Keeps BIOs <c>first..first+count-1</c>, renumbered from 0, arrival orders filtered.</summary>
    private static Schedule Keep(Schedule s, int first, int count)
    {
        if (first == 0 && count == s.Outcomes.Length) return s;
        ImmutableArray<int> Filter(ImmutableArray<int> order) =>
            [.. order.Where(i => i >= first && i < first + count).Select(i => i - first)];
        return s with
        {
            Outcomes = s.Outcomes.Skip(first).Take(count).ToImmutableArray(),
            Arrival = Filter(s.Arrival),
            AlternateArrival = s.AlternateArrival is { } alternate ? Filter(alternate) : null,
        };
    }

    private static IEnumerable<ImmutableArray<int>> TowardIdentity(ImmutableArray<int> order)
    {
        var inversions = Permutations.Inversions(order.AsSpan());
        if (inversions == 0) yield break;
        yield return [.. Enumerable.Range(0, order.Length)];
        if (inversions == 1) yield break;

        // Swapping any inverted pair removes at least one inversion; adjacent pairs (exactly one) come last.
        for (var gap = order.Length - 1; gap >= 1; gap--)
        {
            for (var i = 0; i + gap < order.Length; i++)
            {
                if (order[i] > order[i + gap])
                {
                    var swapped = order.ToArray();
                    (swapped[i], swapped[i + gap]) = (swapped[i + gap], swapped[i]);
                    yield return [.. swapped];
                }
            }
        }
    }

    /// <summary>Values from <paramref name="target"/> up toward <paramref name="x"/> (exclusive), in multiples of <paramref name="unit"/>, halving the gap.</summary>
    private static IEnumerable<long> Toward(long x, long target, long unit)
    {
        if (x <= target) yield break;
        yield return target;
        var previous = target;
        for (var gap = (x - target) / 2; gap > 0; gap /= 2)
        {
            var candidate = RoundDown(x - gap, unit);
            if (candidate > previous && candidate < x)
            {
                yield return candidate;
                previous = candidate;
            }
        }
    }

    /// <summary><paramref name="x"/> rounded down to <paramref name="unit"/>, if that is smaller.</summary>
    private static IEnumerable<long> Aligned(long x, long unit)
    {
        var down = RoundDown(x, unit);
        if (down < x) yield return down;
    }

    private static long RoundDown(long x, long unit) => x - (x % unit);
}
