using DioVerify.Engine.Tests.Support;
using Xunit;
using static DioVerify.Engine.Tests.Support.Returns;

namespace DioVerify.Engine.Tests.PolicyScenarios;

/// <summary>
/// naive-partial (the 2010 patch) reports everything submitted before an ENOSPC cut and ignores an EIO
/// inside it; without a cut it behaves like the legacy EIO path.
/// </summary>
public sealed class NaivePartialClaimsFailedBiosBelowTheCut
{
    private const string Policy = "naive-partial";

    [Fact]
    public void A_single_failed_BIO_before_the_cut_is_reported_as_written()
    {
        // 3 blocks requested, 1 free: cut at 4096, one BIO, and it fails. P = 0.
        PolicyRuns.AssertRun(
            Policy,
            Build.Schedule(Build.Request(0, 12288, 0), 1, "eio", 0),
            returned: 4096, newSize: 4096, keptEnd: 4096, violated: "P1 P4");
    }

    [Fact]
    public void Without_a_cut_any_EIO_fails_the_whole_request() =>
        PolicyRuns.AssertRun(
            Policy,
            Build.Schedule(Build.Request(0, 12288, 0), null, "ok ok eio", 2, 1, 0),
            returned: EIO, newSize: 0, keptEnd: 0, violated: "P3");

    [Fact]
    public void A_cut_at_the_offset_is_ENOSPC() =>
        PolicyRuns.AssertRun(
            Policy,
            Build.Schedule(Build.Request(0, 12288, 0), 0, ""),
            returned: ENOSPC, newSize: 0, keptEnd: 0, violated: "");
}
