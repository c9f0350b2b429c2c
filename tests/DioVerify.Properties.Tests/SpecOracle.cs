using DioVerify.Engine.Model;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;

namespace DioVerify.Properties.Tests;

/// <summary>
/// SPEC v1 read literally, a second time, with no code shared with the engine: geometry, BIOs, <c>P</c>,
/// each policy's row of the policy table and each property's formal column, in 128-bit integers so no
/// intermediate can overflow. <c>SpecOracleAgreesWithTheEngine</c> compares it with the engine (layout,
/// outcome, verdicts) on generated schedules, so a property encoding or a policy that drifts from SPEC's
/// text is caught even when it drifts consistently.
/// </summary>
public sealed class SpecOracle
{
    private const long Eio = 5;
    private const long Enospc = 28;

    private SpecOracle(Schedule s)
    {
        var r = s.Request;
        Schedule = s;
        Off = r.Offset;
        Len = r.Length;
        End = Off + Len;
        ISize = r.FileSize;
        B = r.BlockSize;

        // "the blocks covering [0, roundUp(isize, B)) exist"; a touched block at or past that must be allocated,
        // "including the partly covered block that holds off"; the ones between old EOF and off stay a hole.
        var existingEnd = RoundUp(ISize, B);
        var firstTouched = RoundDown(Off, B);
        var lastTouchedEnd = RoundUp(End, B);
        FirstNeeded = Max(existingEnd, firstTouched);
        var needed = lastTouchedEnd > FirstNeeded ? (lastTouchedEnd - FirstNeeded) / B : 0;

        // "allocated in ascending order from a pool of freeBlocks ... If a needed block cannot be allocated,
        // the request is cut at cut = max(off, start of that block)".
        var allocated = s.FreeBlocks is { } free ? Min(needed, free) : needed;
        AllocEnd = FirstNeeded + (allocated * B);
        IsCut = allocated < needed;
        Cut = IsCut ? Max(Off, AllocEnd) : End;

        // "[off, cut) is split at off + k*M (measured from off) ... the last BIO may be shorter".
        var bios = new List<(Int128 Start, Int128 End)>();
        for (var start = Off; start < Cut; start += r.MaxBioBytes)
        {
            bios.Add((start, Min(start + r.MaxBioBytes, Cut)));
        }

        Bios = bios;
        Failed = s.Outcomes.Select(o => o == BioStatus.Eio).ToArray();
        AnyFailed = Failed.Any(f => f);

        // "P = start_k - off where k is the lowest-indexed BIO that failed, or P = cut - off if none failed".
        var lowestFailed = Array.IndexOf(Failed, true);
        Prefix = (lowestFailed >= 0 ? Bios[lowestFailed].Start : Cut) - Off;
    }

    public Schedule Schedule { get; }
    public Int128 Off { get; }
    public Int128 Len { get; }
    public Int128 End { get; }
    public Int128 ISize { get; }
    public Int128 B { get; }
    public Int128 FirstNeeded { get; }
    public Int128 AllocEnd { get; }
    public bool IsCut { get; }
    public Int128 Cut { get; }
    public IReadOnlyList<(Int128 Start, Int128 End)> Bios { get; }
    public bool[] Failed { get; }
    public bool AnyFailed { get; }
    public Int128 Prefix { get; }

    public static SpecOracle Of(Schedule s) => new(s);

    /// <summary>What SPEC's policy table says the policy returns and keeps: R (&lt; 0 is -errno), the new size and the kept blocks.</summary>
    public (Int128 Returned, Int128 NewSize, Int128 KeptFrom, Int128 KeptTo) Expected(string policy)
    {
        var p = Prefix;
        var contiguous = p > 0 ? p : Failed.Length > 0 && Failed[0] ? -Eio : -Enospc;
        switch (policy)
        {
            case "legacy-all-or-nothing":
                return Default(IsCut ? -Enospc : AnyFailed ? -Eio : Len);
            case "contiguous-prefix":
                return Default(contiguous);
            case "iomap-modern":
                return Default(AnyFailed ? -Eio : IsCut ? (Cut - Off > 0 ? Cut - Off : -Enospc) : Len);
            case "naive-partial":
                return Default(IsCut && Cut > Off ? Cut - Off : IsCut ? -Enospc : AnyFailed ? -Eio : Len);
            case "sum-completed":
            {
                var sum = Enumerable.Range(0, Bios.Count).Where(k => !Failed[k]).Aggregate(Int128.Zero, (t, k) => t + Bios[k].End - Bios[k].Start);
                return Default(sum > 0 ? sum : contiguous);
            }

            case "arrival-cutoff":
            {
                var before = Schedule.Arrival.TakeWhile(k => !Failed[k]).Aggregate(Int128.Zero, (t, k) => t + Bios[k].End - Bios[k].Start);
                return Default(before > 0 ? before : contiguous);
            }

            case "highest-completed":
            {
                var highest = Enumerable.Range(0, Bios.Count).LastOrDefault(k => !Failed[k], -1);
                var h = highest < 0 ? 0 : Bios[highest].End - Off;
                return Default(h > 0 ? h : contiguous);
            }

            case "prefix-stale-size":
                // "on success the size becomes max(isize, cut) and blocks starting below cut are kept".
                return contiguous > 0 ? (contiguous, Max(ISize, Cut), FirstNeeded, KeptBelow(Cut)) : Default(contiguous);
            case "prefix-keep-blocks":
            {
                var d = Default(contiguous);
                return (d.Returned, d.NewSize, FirstNeeded, AllocEnd);
            }

            case "prefix-zero-not-error":
                return contiguous > 0 ? Default(contiguous) : (0, ISize, FirstNeeded, FirstNeeded);
            case "sector-count-units":
            {
                var d = Default(contiguous);
                return contiguous > 0 ? (contiguous / Schedule.Request.SectorSize, d.NewSize, d.KeptFrom, d.KeptTo) : d;
            }

            default:
                throw new ArgumentException($"SPEC has no row for policy {policy}; add it here when adding it to the catalog");
        }
    }

    /// <summary>
    /// SPEC's formal column for one property, judged on the engine's outcome (R, new size, kept blocks
    /// <c>[keptFrom, keptTo)</c>). P6 is not a per-run property.
    /// </summary>
    public bool Holds(PropertyId property, Int128 r, Int128 newSize, Int128 keptFrom, Int128 keptTo) => property switch
    {
        PropertyId.P1 => r < 0 || r <= Prefix,
        PropertyId.P2 => AnyFailed || IsCut || r == Len,
        PropertyId.P3 => Prefix <= 0 || r == Prefix,
        PropertyId.P4 => EveryByteDurable(Max(ISize, Off), newSize),
        PropertyId.P5 => KeptBlockStarts(keptFrom, keptTo).All(start => start < newSize),
        PropertyId.P7 => r < 0 ? (r == -Eio && AnyFailed) || (r == -Enospc && IsCut) : r > 0,
        _ => throw new ArgumentOutOfRangeException(nameof(property), property, "P6 relates two runs"),
    };

    /// <summary>"every byte x in [from, to) is durable": inside an ok BIO.</summary>
    private bool EveryByteDurable(Int128 from, Int128 to)
    {
        var x = from;
        for (var k = 0; k < Bios.Count && x < to; k++)
        {
            if (Bios[k].End <= x) continue;
            if (Bios[k].Start > x || Failed[k]) return false;
            x = Bios[k].End;
        }

        return x >= to;
    }

    /// <summary>Kept blocks are allocated blocks (<c>[FirstNeeded, AllocEnd)</c>) in the given range; their starts, at most a few.</summary>
    private IEnumerable<Int128> KeptBlockStarts(Int128 keptFrom, Int128 keptTo)
    {
        var from = Max(keptFrom, FirstNeeded);
        var to = Min(keptTo, AllocEnd);
        if (to <= from) yield break;

        // Only the first and last kept blocks can decide "starts below newSize": the first is the lowest start,
        // the last the highest.
        yield return from;
        yield return to - B;
    }

    /// <summary>
    /// The default cleanup: "on success (R &gt; 0) the new size is max(isize, off + R) and newly allocated blocks
    /// starting at or past roundUp(off + R, B) are freed (the others are kept); on error the size is unchanged
    /// and every newly allocated block is freed".
    /// </summary>
    private (Int128 Returned, Int128 NewSize, Int128 KeptFrom, Int128 KeptTo) Default(Int128 r) =>
        r > 0 ? (r, Max(ISize, Off + r), FirstNeeded, KeptBelow(RoundUp(Off + r, B))) : (r, ISize, FirstNeeded, FirstNeeded);

    /// <summary>The end of the allocated blocks that start below <paramref name="limit"/>.</summary>
    private Int128 KeptBelow(Int128 limit) => Max(FirstNeeded, Min(AllocEnd, RoundUp(limit, B)));

    /// <summary>The kept block set as a canonical range (all empty ranges alike).</summary>
    public (Int128 From, Int128 To) KeptSet(Int128 keptFrom, Int128 keptTo)
    {
        var from = Max(keptFrom, FirstNeeded);
        var to = Min(keptTo, AllocEnd);
        return to <= from ? (0, 0) : (from, to);
    }

    private static Int128 RoundUp(Int128 x, Int128 unit) => (x + unit - 1) / unit * unit;

    private static Int128 RoundDown(Int128 x, Int128 unit) => x / unit * unit;

    private static Int128 Max(Int128 a, Int128 b) => a > b ? a : b;

    private static Int128 Min(Int128 a, Int128 b) => a < b ? a : b;
}
