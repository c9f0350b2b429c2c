using DioVerify.Engine.Model;
using DioVerify.Engine.Schedules;
using DioVerify.Engine.Tests.Support;
using Xunit;
using static DioVerify.Engine.Tests.Support.Returns;

namespace DioVerify.Engine.Tests.PolicyScenarios;

/// <summary>
/// The seed's ENOSPC case: "if someone try to write 100Mb but file system has less" — a write bigger than
/// the free space. 100 blocks requested into an empty file, 60 free: the request is cut at block 60
/// (245760 bytes) and only [0, 245760) is submitted, as 64 KiB BIOs: 3 full ones and a 48 KiB tail.
/// </summary>
public sealed class EnospcPartWayThroughAllocation
{
    private const long Len = 100 * 4096;   // 409600
    private const long Cut = 60 * 4096;    // 245760
    private const long Bio = 65536;

    private static readonly WriteRequest Request = Build.Request(offset: 0, length: Len, fileSize: 0, maxBioBytes: Bio);

    private static Schedule AllOk => Build.Schedule(Request, 60, "ok ok ok ok", 3, 1, 0, 2);

    /// <summary>BIO 1 also fails (Morton: "as long as we appropriately take care of EIO considerations"); P = 65536.</summary>
    private static Schedule EioInsideTheCut => Build.Schedule(Request, 60, "ok eio ok ok", 3, 2, 1, 0);

    /// <summary>Every submitted BIO succeeded: P = cut - off = 245760, and only legacy throws it away.</summary>
    public static TheoryData<string, long, long, long, string> EveryBioOk => new()
    {
        { "legacy-all-or-nothing", ENOSPC, 0, 0, "P3" },
        { "contiguous-prefix", Cut, Cut, Cut, "" },
        { "iomap-modern", Cut, Cut, Cut, "" },
        { "naive-partial", Cut, Cut, Cut, "" },
        { "sum-completed", Cut, Cut, Cut, "" },
        { "arrival-cutoff", Cut, Cut, Cut, "" },
        { "highest-completed", Cut, Cut, Cut, "" },
        { "prefix-stale-size", Cut, Cut, Cut, "" },
        { "prefix-keep-blocks", Cut, Cut, Cut, "" },
        { "prefix-zero-not-error", Cut, Cut, Cut, "" },
        { "sector-count-units", Cut / 512, Cut, Cut, "P3" },   // 480 sectors; P2 is vacuous (CUT?)
    };

    /// <summary>
    /// BIO 1 [65536, 131072) fails; arrival 3, 2, 1, 0: BIO 3 (49152 bytes) and BIO 2 (65536) arrive ok before
    /// the failure. Ok bytes in all: 65536 + 65536 + 49152 = 180224.
    /// </summary>
    public static TheoryData<string, long, long, long, string> OneBioFailsBelowTheCut => new()
    {
        { "legacy-all-or-nothing", ENOSPC, 0, 0, "P3" },
        { "contiguous-prefix", 65536, 65536, 65536, "" },
        { "iomap-modern", EIO, 0, 0, "P3" },
        { "naive-partial", Cut, Cut, Cut, "P1 P3 P4" },
        { "sum-completed", 180224, 180224, 180224, "P1 P3 P4" },
        { "arrival-cutoff", 114688, 114688, 114688, "P1 P3 P4 P6" },
        { "highest-completed", Cut, Cut, Cut, "P1 P3 P4" },
        { "prefix-stale-size", 65536, Cut, Cut, "P4" },
        { "prefix-keep-blocks", 65536, 65536, Cut, "P5" },
        { "prefix-zero-not-error", 65536, 65536, 65536, "" },
        { "sector-count-units", 128, 65536, 65536, "P3" },
    };

    [Fact]
    public void A_hundred_block_write_with_sixty_free_blocks_is_cut_at_sixty_blocks_into_four_BIOs()
    {
        var run = PolicyRuns.Run("contiguous-prefix", AllOk);

        Assert.True(run.Geometry.IsCut);
        Assert.Equal(0, run.Geometry.FirstNewBlock);
        Assert.Equal(Cut, run.Geometry.Cut);
        Assert.Equal(Cut, run.Geometry.AllocEnd);
        Assert.Equal([0L, 65536, 131072, 196608], run.Layout.Starts);
        Assert.Equal([65536L, 131072, 196608, Cut], run.Layout.Ends);
        Assert.Equal(Cut, run.Prefix);
    }

    [Fact]
    public void With_an_EIO_below_the_cut_the_prefix_ends_at_the_failed_BIO() =>
        Assert.Equal(65536, PolicyRuns.Run("contiguous-prefix", EioInsideTheCut).Prefix);

    [Theory]
    [MemberData(nameof(EveryBioOk))]
    public void Every_submitted_BIO_ok(string policy, long returned, long newSize, long keptEnd, string violated) =>
        PolicyRuns.AssertRun(policy, AllOk, returned, newSize, keptEnd, violated);

    [Theory]
    [MemberData(nameof(OneBioFailsBelowTheCut))]
    public void One_BIO_fails_below_the_cut(string policy, long returned, long newSize, long keptEnd, string violated) =>
        PolicyRuns.AssertRun(policy, EioInsideTheCut, returned, newSize, keptEnd, violated);
}
