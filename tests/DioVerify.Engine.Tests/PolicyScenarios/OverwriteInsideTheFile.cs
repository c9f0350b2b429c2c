using DioVerify.Engine.Schedules;
using DioVerify.Engine.Tests.Support;
using Xunit;
using static DioVerify.Engine.Tests.Support.Returns;

namespace DioVerify.Engine.Tests.PolicyScenarios;

/// <summary>
/// Overwriting [4096, 12288) of a 20480-byte file: every touched block exists, nothing is allocated
/// (the new blocks are the empty range [12288, 12288)), and the size never changes because
/// max(isize, off + R) = isize. Bytes below isize are old data whatever a failed BIO did to them, so
/// no-stale-exposure (P4) has nothing to say here even when a policy over-reports.
/// </summary>
public sealed class OverwriteInsideTheFile
{
    private const long Size = 20480;
    private const long NoNewBlocks = 12288; // FirstNewBlock = KeptEnd: the kept set is empty

    private static Schedule FirstFails => Build.Schedule(Build.Request(offset: 4096, length: 8192, fileSize: Size), null, "eio ok", 1, 0);

    private static Schedule SecondFails => Build.Schedule(Build.Request(offset: 4096, length: 8192, fileSize: Size), null, "ok eio", 1, 0);

    /// <summary>BIO 0 [4096, 8192) fails, BIO 1 [8192, 12288) succeeds and arrives first: P = 0.</summary>
    public static TheoryData<string, long, long, long, string> FirstBioFailsExpectations => new()
    {
        { "legacy-all-or-nothing", EIO, Size, NoNewBlocks, "" },
        { "contiguous-prefix", EIO, Size, NoNewBlocks, "" },
        { "iomap-modern", EIO, Size, NoNewBlocks, "" },
        { "naive-partial", EIO, Size, NoNewBlocks, "" },
        { "sum-completed", 4096, Size, NoNewBlocks, "P1" },
        { "arrival-cutoff", 4096, Size, NoNewBlocks, "P1 P6" },   // in file order: EIO
        { "highest-completed", 8192, Size, NoNewBlocks, "P1" },
        { "prefix-stale-size", EIO, Size, NoNewBlocks, "" },
        { "prefix-keep-blocks", EIO, Size, NoNewBlocks, "" },
        { "prefix-zero-not-error", 0, Size, NoNewBlocks, "P7" },
        { "sector-count-units", EIO, Size, NoNewBlocks, "" },
    };

    /// <summary>BIO 1 fails after BIO 0 succeeded: P = 4096.</summary>
    public static TheoryData<string, long, long, long, string> SecondBioFailsExpectations => new()
    {
        { "legacy-all-or-nothing", EIO, Size, NoNewBlocks, "P3" },
        { "contiguous-prefix", 4096, Size, NoNewBlocks, "" },
        { "iomap-modern", EIO, Size, NoNewBlocks, "P3" },
        { "naive-partial", EIO, Size, NoNewBlocks, "P3" },
        { "sum-completed", 4096, Size, NoNewBlocks, "" },
        { "arrival-cutoff", 4096, Size, NoNewBlocks, "" },
        { "highest-completed", 4096, Size, NoNewBlocks, "" },
        { "prefix-stale-size", 4096, Size, NoNewBlocks, "" },
        { "prefix-keep-blocks", 4096, Size, NoNewBlocks, "" },
        { "prefix-zero-not-error", 4096, Size, NoNewBlocks, "" },
        { "sector-count-units", 8, Size, NoNewBlocks, "P3" },
    };

    [Fact]
    public void No_block_is_allocated_for_an_overwrite()
    {
        var run = PolicyRuns.Run("contiguous-prefix", FirstFails);

        Assert.Equal(NoNewBlocks, run.Geometry.FirstNewBlock);
        Assert.Equal(NoNewBlocks, run.Geometry.AllocEnd);
        Assert.False(run.Geometry.IsCut);
        Assert.Equal(0, run.Prefix);
        Assert.Equal(4096, PolicyRuns.Run("contiguous-prefix", SecondFails).Prefix);
    }

    [Theory]
    [MemberData(nameof(FirstBioFailsExpectations))]
    public void First_BIO_fails(string policy, long returned, long newSize, long keptEnd, string violated) =>
        PolicyRuns.AssertRun(policy, FirstFails, returned, newSize, keptEnd, violated);

    [Theory]
    [MemberData(nameof(SecondBioFailsExpectations))]
    public void Second_BIO_fails(string policy, long returned, long newSize, long keptEnd, string violated) =>
        PolicyRuns.AssertRun(policy, SecondFails, returned, newSize, keptEnd, violated);
}
