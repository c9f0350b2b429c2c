using DioVerify.Engine.Schedules;
using DioVerify.Engine.Tests.Support;
using Xunit;
using static DioVerify.Engine.Tests.Support.Returns;

namespace DioVerify.Engine.Tests.PolicyScenarios;

/// <summary>
/// SPEC's schedule example with <c>"freeBlocks": 12</c>: 64 KiB into an empty file, 16 KiB BIOs, cut at
/// 12 * 4096 = 49152, so 3 BIOs. BIO 1 fails and the arrival is 2, 0, 1: P = 16384.
/// </summary>
public sealed class SpecScheduleExampleWithTwelveFreeBlocks
{
    private static Schedule Schedule => Build.Schedule(Build.SpecExampleRequest, 12, "ok eio ok", 2, 0, 1);

    /// <summary>Ok bytes: BIOs 0 and 2, 32768; both arrived before BIO 1's failure. Highest ok end: the cut.</summary>
    public static TheoryData<string, long, long, long, string> Expectations => new()
    {
        { "legacy-all-or-nothing", ENOSPC, 0, 0, "P3" },
        { "contiguous-prefix", 16384, 16384, 16384, "" },
        { "iomap-modern", EIO, 0, 0, "P3" },
        { "naive-partial", 49152, 49152, 49152, "P1 P3 P4" },
        { "sum-completed", 32768, 32768, 32768, "P1 P3 P4" },
        { "arrival-cutoff", 32768, 32768, 32768, "P1 P3 P4 P6" },
        { "highest-completed", 49152, 49152, 49152, "P1 P3 P4" },
        { "prefix-stale-size", 16384, 49152, 49152, "P4" },
        { "prefix-keep-blocks", 16384, 16384, 49152, "P5" },
        { "prefix-zero-not-error", 16384, 16384, 16384, "" },
        { "sector-count-units", 32, 16384, 16384, "P3" },
    };

    [Fact]
    public void Twelve_free_blocks_cut_the_request_at_49152_so_it_maps_to_3_BIOs()
    {
        var run = PolicyRuns.Run("contiguous-prefix", Schedule);

        Assert.Equal(0, run.Geometry.FirstNewBlock);
        Assert.Equal(49152, run.Geometry.AllocEnd);
        Assert.Equal(49152, run.Geometry.Cut);
        Assert.Equal(3, run.Layout.Count);
        Assert.Equal([0L, 16384, 32768], run.Layout.Starts);
        Assert.Equal(16384, run.Prefix);
    }

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Each_policy(string policy, long returned, long newSize, long keptEnd, string violated) =>
        PolicyRuns.AssertRun(policy, Schedule, returned, newSize, keptEnd, violated);
}
