using DioVerify.Engine.Schedules;
using DioVerify.Engine.Tests.Support;
using Xunit;
using static DioVerify.Engine.Tests.Support.Returns;

namespace DioVerify.Engine.Tests.PolicyScenarios;

/// <summary>
/// n = 0: no free block at all, so the very first needed block cuts the request at <c>off</c>; no BIO is
/// submitted, outcomes and arrival are empty, P = 0. ENOSPC is the only honest answer.
/// </summary>
public sealed class NothingSubmitted
{
    private static Schedule Schedule => Build.Schedule(Build.Request(offset: 0, length: 8192, fileSize: 0), 0, "");

    public static TheoryData<string, long, long, long, string> Expectations => new()
    {
        { "legacy-all-or-nothing", ENOSPC, 0, 0, "" },
        { "contiguous-prefix", ENOSPC, 0, 0, "" },
        { "iomap-modern", ENOSPC, 0, 0, "" },       // cut - off = 0 is not > 0
        { "naive-partial", ENOSPC, 0, 0, "" },
        { "sum-completed", ENOSPC, 0, 0, "" },
        { "arrival-cutoff", ENOSPC, 0, 0, "" },
        { "highest-completed", ENOSPC, 0, 0, "" },
        { "prefix-stale-size", ENOSPC, 0, 0, "" },
        { "prefix-keep-blocks", ENOSPC, 0, 0, "" },  // nothing was allocated, so nothing can leak
        { "prefix-zero-not-error", 0, 0, 0, "P7" },
        { "sector-count-units", ENOSPC, 0, 0, "" },
    };

    [Fact]
    public void Zero_free_blocks_cut_at_the_offset_and_submit_no_BIO()
    {
        var run = PolicyRuns.Run("contiguous-prefix", Schedule);

        Assert.True(run.Geometry.IsCut);
        Assert.Equal(0, run.Geometry.Cut);
        Assert.Equal((0L, 0L), (run.Geometry.FirstNewBlock, run.Geometry.AllocEnd));
        Assert.Equal(0, run.Layout.Count);
        Assert.Equal(0, run.Prefix);
    }

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Each_policy(string policy, long returned, long newSize, long keptEnd, string violated) =>
        PolicyRuns.AssertRun(policy, Schedule, returned, newSize, keptEnd, violated);
}
