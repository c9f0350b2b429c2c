using DioVerify.Engine.Schedules;
using DioVerify.Engine.Tests.Support;
using Xunit;
using static DioVerify.Engine.Tests.Support.Returns;

namespace DioVerify.Engine.Tests.PolicyScenarios;

/// <summary>
/// BIO 0 fails, the other three succeed, arriving 3, 2, 1, 0: P = 0, so progress (P3) is vacuous and
/// the only honest answers are EIO. Policies that count later BIOs claim bytes past a failure (P1).
/// </summary>
public sealed class FirstBioFails
{
    private static Schedule Schedule => Build.Schedule(Build.SpecExampleRequest, null, "eio ok ok ok", 3, 2, 1, 0);

    public static TheoryData<string, long, long, long, string> Expectations => new()
    {
        { "legacy-all-or-nothing", EIO, 0, 0, "" },
        { "contiguous-prefix", EIO, 0, 0, "" },
        { "iomap-modern", EIO, 0, 0, "" },
        { "naive-partial", EIO, 0, 0, "" },
        { "sum-completed", 49152, 49152, 49152, "P1 P4" },
        { "arrival-cutoff", 49152, 49152, 49152, "P1 P4 P6" },    // in file order the failure arrives first
        { "highest-completed", 65536, 65536, 65536, "P1 P4" },
        { "prefix-stale-size", EIO, 0, 0, "" },
        { "prefix-keep-blocks", EIO, 0, 65536, "P5" },            // all 16 new blocks kept past size 0
        { "prefix-zero-not-error", 0, 0, 0, "P7" },
        { "sector-count-units", EIO, 0, 0, "" },
    };

    [Fact]
    public void The_prefix_is_empty_and_all_sixteen_blocks_were_allocated()
    {
        var run = PolicyRuns.Run("contiguous-prefix", Schedule);

        Assert.Equal(0, run.Prefix);
        Assert.Equal((0L, 65536L), (run.Geometry.FirstNewBlock, run.Geometry.AllocEnd));
    }

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Each_policy(string policy, long returned, long newSize, long keptEnd, string violated) =>
        PolicyRuns.AssertRun(policy, Schedule, returned, newSize, keptEnd, violated);
}
