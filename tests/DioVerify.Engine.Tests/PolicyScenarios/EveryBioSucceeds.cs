using DioVerify.Engine.Schedules;
using DioVerify.Engine.Tests.Support;
using Xunit;

namespace DioVerify.Engine.Tests.PolicyScenarios;

/// <summary>
/// A clean, uncut write (SPEC's example request, unlimited space, arrival 2, 0, 3, 1): every policy reports
/// all 65536 bytes — except sector-count-units, which reports 128 sectors and so fails completeness.
/// </summary>
public sealed class EveryBioSucceeds
{
    private static Schedule Schedule => Build.Schedule(Build.SpecExampleRequest, null, "ok ok ok ok", 2, 0, 3, 1);

    public static TheoryData<string, long, long, long, string> Expectations => new()
    {
        { "legacy-all-or-nothing", 65536, 65536, 65536, "" },
        { "contiguous-prefix", 65536, 65536, 65536, "" },
        { "iomap-modern", 65536, 65536, 65536, "" },
        { "naive-partial", 65536, 65536, 65536, "" },
        { "sum-completed", 65536, 65536, 65536, "" },
        { "arrival-cutoff", 65536, 65536, 65536, "" },
        { "highest-completed", 65536, 65536, 65536, "" },
        { "prefix-stale-size", 65536, 65536, 65536, "" },
        { "prefix-keep-blocks", 65536, 65536, 65536, "" },
        { "prefix-zero-not-error", 65536, 65536, 65536, "" },
        { "sector-count-units", 128, 65536, 65536, "P2 P3" },
    };

    [Fact]
    public void The_prefix_is_the_whole_request()
    {
        var run = PolicyRuns.Run("contiguous-prefix", Schedule);

        Assert.False(run.Geometry.IsCut);
        Assert.Equal((0L, 65536L), (run.Geometry.FirstNewBlock, run.Geometry.AllocEnd));
        Assert.Equal(4, run.Layout.Count);
        Assert.Equal(65536, run.Prefix);
    }

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Each_policy(string policy, long returned, long newSize, long keptEnd, string violated) =>
        PolicyRuns.AssertRun(policy, Schedule, returned, newSize, keptEnd, violated);
}
