using DioVerify.Engine.Tests.Support;
using Xunit;

namespace DioVerify.Engine.Tests.PolicyScenarios;

/// <summary>
/// SPEC: offsets and lengths are within <c>long</c>; a request is valid as long as off + len and
/// roundUp(off + len, B) stay at or below 2^63 - 1, and isize may be any non-negative value. Every valid
/// request is inside P1–P7, so a replay near the limit must judge it, not overflow.
/// </summary>
public sealed class RequestsNearTheLongLimit
{
    private const long Max = long.MaxValue;        // 2^63 - 1
    private const long LastBlock = Max - 4095;     // 2^63 - 4096, the start of the last whole 4 KiB block

    [Fact]
    public void A_write_into_the_last_whole_block_below_2_pow_63_is_judged_normally() =>
        // off = 2^63 - 8192, len 4096 into an empty file: the one needed block [2^63 - 8192, 2^63 - 4096).
        PolicyRuns.AssertRun(
            "contiguous-prefix",
            Build.Schedule(Build.Request(LastBlock - 4096, 4096, 0), null, "ok", 0),
            returned: 4096, newSize: LastBlock, keptEnd: LastBlock, violated: "");

    [Fact]
    public void A_write_ending_inside_the_last_whole_block_rounds_up_to_it() =>
        PolicyRuns.AssertRun(
            "prefix-stale-size",
            Build.Schedule(Build.Request(LastBlock - 4096, 512, 0), null, "ok", 0),
            returned: 512, newSize: LastBlock - 3584, keptEnd: LastBlock, violated: "");

    [Fact]
    public void A_block_aligned_file_size_just_below_2_pow_63_is_judged_normally() =>
        // isize = 2^63 - 4096: the request [0, 4096) is an overwrite; nothing is allocated.
        PolicyRuns.AssertRun(
            "contiguous-prefix",
            Build.Schedule(Build.Request(0, 4096, LastBlock), null, "ok", 0),
            returned: 4096, newSize: LastBlock, keptEnd: 4096, violated: "");

    /// <summary>
    /// isize = 2^63 - 1 (valid: isize need not be aligned). Writing [0, 4096) is an overwrite: no new block
    /// ([4096, 4096) is the empty kept range), P = 4096, and every size stays max(isize, ...) = isize.
    /// </summary>
    public static TheoryData<string, long, string> UnalignedMaximalFileSize => new()
    {
        { "legacy-all-or-nothing", 4096, "" },
        { "contiguous-prefix", 4096, "" },
        { "iomap-modern", 4096, "" },
        { "naive-partial", 4096, "" },
        { "sum-completed", 4096, "" },
        { "arrival-cutoff", 4096, "" },
        { "highest-completed", 4096, "" },
        { "prefix-stale-size", 4096, "" },
        { "prefix-keep-blocks", 4096, "" },
        { "prefix-zero-not-error", 4096, "" },
        { "sector-count-units", 8, "P2 P3" },
    };

    [Theory]
    [MemberData(nameof(UnalignedMaximalFileSize))]
    public void An_unaligned_file_size_of_2_pow_63_minus_1_is_valid_and_judged_without_overflow(string policy, long returned, string violated) =>
        PolicyRuns.AssertRun(
            policy,
            Build.Schedule(Build.Request(0, 4096, Max), null, "ok", 0),
            returned, newSize: Max, keptEnd: 4096, violated);
}
