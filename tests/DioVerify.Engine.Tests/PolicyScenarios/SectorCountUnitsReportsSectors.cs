using DioVerify.Engine.Tests.Support;
using Xunit;
using static DioVerify.Engine.Tests.Support.Returns;

namespace DioVerify.Engine.Tests.PolicyScenarios;

/// <summary>
/// sector-count-units keeps the right bytes (size and blocks follow P) but reports P / S. P1–P3 compare that
/// number with bytes: it is never above P (P1 holds) but is not P (P3 fails), and a clean write is not
/// reported as <c>len</c> (P2 fails).
/// </summary>
public sealed class SectorCountUnitsReportsSectors
{
    private const string Policy = "sector-count-units";

    [Fact]
    public void A_clean_write_with_4096_byte_sectors_reports_16_for_65536_bytes() =>
        PolicyRuns.AssertRun(
            Policy,
            Build.Schedule(Build.Request(0, 65536, 0, blockSize: 4096, sectorSize: 4096, maxBioBytes: 16384), null, "ok ok ok ok", 0, 1, 2, 3),
            returned: 16, newSize: 65536, keptEnd: 65536, violated: "P2 P3");

    [Fact]
    public void A_partial_write_reports_the_prefix_in_512_byte_sectors_but_keeps_the_prefix_in_bytes() =>
        PolicyRuns.AssertRun(
            Policy,
            Build.Schedule(Build.SpecExampleRequest, null, "ok eio ok ok", 0, 1, 2, 3),
            returned: 16384 / 512, newSize: 16384, keptEnd: 16384, violated: "P3");

    [Fact]
    public void An_error_is_passed_through_unchanged() =>
        PolicyRuns.AssertRun(
            Policy,
            Build.Schedule(Build.SpecExampleRequest, null, "eio ok ok ok", 0, 1, 2, 3),
            returned: EIO, newSize: 0, keptEnd: 0, violated: "");

    [Fact]
    public void A_clean_65536_byte_write_in_512_byte_sectors_reports_128()
    {
        var run = PolicyRuns.Run(Policy, Build.Schedule(Build.SpecExampleRequest, null, "ok ok ok ok", 3, 2, 1, 0));

        Assert.Equal(128, run.Returned);
        Assert.Equal(65536, run.Prefix);
    }
}
