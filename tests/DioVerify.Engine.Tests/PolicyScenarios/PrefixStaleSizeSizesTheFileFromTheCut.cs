using DioVerify.Engine.Tests.Support;
using Xunit;
using static DioVerify.Engine.Tests.Support.Returns;

namespace DioVerify.Engine.Tests.PolicyScenarios;

/// <summary>
/// prefix-stale-size returns P like contiguous-prefix, but on success sets the size to max(isize, cut) and
/// keeps the blocks below the cut. Past the old EOF that makes failed or unwritten bytes readable (P4);
/// inside the file it is harmless, since bytes below isize are old data.
/// </summary>
public sealed class PrefixStaleSizeSizesTheFileFromTheCut
{
    private const string Policy = "prefix-stale-size";

    [Fact]
    public void Past_EOF_the_size_becomes_the_cut_and_exposes_the_failed_BIO()
    {
        // SPEC example with 12 free blocks: cut at 49152; BIO 2 [32768, 49152) fails; P = 32768.
        var schedule = Build.Schedule(Build.SpecExampleRequest, 12, "ok ok eio", 0, 1, 2);

        PolicyRuns.AssertRun(Policy, schedule, returned: 32768, newSize: 49152, keptEnd: 49152, violated: "P4");
        PolicyRuns.AssertRun("contiguous-prefix", schedule, returned: 32768, newSize: 32768, keptEnd: 32768, violated: "");
    }

    [Fact]
    public void When_the_old_size_is_beyond_the_cut_the_size_stays_the_old_size_and_nothing_is_exposed()
    {
        // A 100000-byte file overwritten at [0, 16384): size = max(100000, 16384); no block is new.
        var schedule = Build.Schedule(Build.Request(0, 16384, 100000), null, "ok eio ok ok", 0, 1, 2, 3);

        var run = PolicyRuns.AssertRun(Policy, schedule, returned: 4096, newSize: 100000, keptEnd: 16384, violated: "");
        Assert.Equal(16384, run.Geometry.FirstNewBlock);
    }

    [Fact]
    public void On_error_the_size_is_unchanged_and_every_new_block_is_freed() =>
        PolicyRuns.AssertRun(
            Policy,
            Build.Schedule(Build.Request(0, 8192, 0), null, "eio ok", 0, 1),
            returned: EIO, newSize: 0, keptEnd: 0, violated: "");
}
