using DioVerify.Engine.Tests.Support;
using Xunit;
using static DioVerify.Engine.Tests.Support.Returns;

namespace DioVerify.Engine.Tests.PolicyScenarios;

/// <summary>
/// prefix-keep-blocks returns and sizes like contiguous-prefix but never frees a newly allocated block: the
/// kept blocks always end at the allocation end. It leaks (P5) whenever the size stops short of it — SPEC:
/// refuted by one failed BIO.
/// </summary>
public sealed class PrefixKeepBlocksNeverFreesBlocks
{
    private const string Policy = "prefix-keep-blocks";

    [Fact]
    public void One_failed_BIO_leaks_its_block_past_an_unchanged_size() =>
        PolicyRuns.AssertRun(
            Policy,
            Build.Schedule(Build.Request(0, 4096, 0), null, "eio", 0),
            returned: EIO, newSize: 0, keptEnd: 4096, violated: "P5");

    [Fact]
    public void On_error_every_allocated_block_is_kept() =>
        PolicyRuns.AssertRun(
            Policy,
            Build.Schedule(Build.Request(4096, 16384, 4096), null, "eio ok ok ok", 3, 2, 1, 0),
            returned: EIO, newSize: 4096, keptEnd: 20480, violated: "P5");

    [Fact]
    public void On_a_short_success_the_blocks_past_the_prefix_are_kept_too() =>
        PolicyRuns.AssertRun(
            Policy,
            Build.Schedule(Build.Request(0, 16384, 0), null, "ok ok eio ok", 0, 1, 2, 3),
            returned: 8192, newSize: 8192, keptEnd: 16384, violated: "P5");

    [Fact]
    public void When_everything_allocated_is_reported_nothing_leaks() =>
        PolicyRuns.AssertRun(
            Policy,
            Build.Schedule(Build.SpecExampleRequest, 12, "ok ok ok", 2, 1, 0),
            returned: 49152, newSize: 49152, keptEnd: 49152, violated: "");
}
