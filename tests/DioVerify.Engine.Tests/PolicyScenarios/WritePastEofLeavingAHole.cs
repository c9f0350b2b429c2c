using DioVerify.Engine.Schedules;
using DioVerify.Engine.Tests.Support;
using Xunit;
using static DioVerify.Engine.Tests.Support.Returns;

namespace DioVerify.Engine.Tests.PolicyScenarios;

/// <summary>
/// A 1000-byte file, written at 12800 (one sector into block 3) for 8192 bytes: block 0 exists, blocks
/// 1–2 stay a hole, blocks 3, 4 and 5 ([12288, 24576)) are allocated — block 3 because it holds
/// <c>off</c>. BIOs: [12800, 16896) ok, [16896, 20992) fails, arriving 1, 0. P = 4096.
/// On success the size is max(1000, 12800 + R) and the kept blocks end at roundUp(12800 + R, 4096).
/// </summary>
public sealed class WritePastEofLeavingAHole
{
    private static Schedule Schedule => Build.Schedule(Build.Request(offset: 12800, length: 8192, fileSize: 1000), null, "ok eio", 1, 0);

    public static TheoryData<string, long, long, long, string> Expectations => new()
    {
        { "legacy-all-or-nothing", EIO, 1000, 12288, "P3" },
        { "contiguous-prefix", 4096, 16896, 20480, "" },
        { "iomap-modern", EIO, 1000, 12288, "P3" },
        { "naive-partial", EIO, 1000, 12288, "P3" },
        { "sum-completed", 4096, 16896, 20480, "" },
        { "arrival-cutoff", 4096, 16896, 20480, "" },   // the failure arrives first: falls back to P
        { "highest-completed", 4096, 16896, 20480, "" },
        { "prefix-stale-size", 4096, 20992, 24576, "P4" },  // size = cut exposes the failed BIO
        { "prefix-keep-blocks", 4096, 16896, 24576, "P5" }, // block 5 starts at 20480 >= 16896
        { "prefix-zero-not-error", 4096, 16896, 20480, "" },
        { "sector-count-units", 8, 16896, 20480, "P3" },
    };

    [Fact]
    public void The_hole_is_not_allocated_and_the_block_holding_the_offset_is()
    {
        var run = PolicyRuns.Run("contiguous-prefix", Schedule);

        Assert.Equal(12288, run.Geometry.FirstNewBlock);
        Assert.Equal(24576, run.Geometry.AllocEnd);
        Assert.Equal([12800L, 16896], run.Layout.Starts);
        Assert.Equal(4096, run.Prefix);
    }

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Each_policy(string policy, long returned, long newSize, long keptEnd, string violated) =>
        PolicyRuns.AssertRun(policy, Schedule, returned, newSize, keptEnd, violated);
}
