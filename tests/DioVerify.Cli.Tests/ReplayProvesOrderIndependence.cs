using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// Past the orders replay can run all of (8 BIOs), P6 comes from the order lemma proved for the schedule's geometry:
/// "holds for every arrival order (proved)" where it holds, sampling (with the reason) only where it does not.
/// </summary>
public sealed class ReplayProvesOrderIndependence : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>32 BIOs of 4 KiB, BIOs 5 and 17 failed, arriving last to first.</summary>
    private string Schedule() => _dir.Write("32-bios.json", $$"""
        {
          "version": 1,
          "request": { "offset": 0, "length": 131072, "fileSize": 0, "blockSize": 4096, "sectorSize": 512, "maxBioBytes": 4096 },
          "outcomes": [{{string.Join(", ", Enumerable.Range(0, 32).Select(k => k is 5 or 17 ? "\"eio\"" : "\"ok\""))}}],
          "arrival": [{{string.Join(", ", Enumerable.Range(0, 32).Select(k => 31 - k))}}]
        }
        """);

    [Fact]
    public void A_policy_whose_P6_the_lemma_proves_holds_for_every_order_proved_not_sampled()
    {
        var result = CliProcess.Run(["replay", Schedule(), "--policy", "contiguous-prefix"], CliProcess.DefaultTimeout);
        Assert.False(result.ExitCode == 69, $"libz3 is not available here\n{result}");
        result.ExitsWith(0).HasNoStackTrace();

        Assert.Contains("holds for every arrival order (proved), by the order lemma for every number of BIOs", result.Stdout);
        Assert.Contains("(512, 4096, 4096)", result.Stdout);
        Assert.DoesNotContain("sampled", result.Stdout);

        var run = Assert.Single(ReplayTests.ReplayJson(Schedule(), ["--policy", "contiguous-prefix"]));
        Assert.Equal("proved", run.GetProperty("orderIndependenceBasis").GetString());
        Assert.True(run.GetProperty("properties").GetProperty("P6").GetBoolean());
    }

    [Fact]
    public void A_policy_the_lemma_does_not_cover_is_still_judged_by_running_orders()
    {
        // arrival-cutoff reads the arrival order: no proof, and the sampled orders find one that differs.
        var run = Assert.Single(ReplayTests.ReplayJson(Schedule(), ["--policy", "arrival-cutoff"]));

        Assert.Equal("differing-order", run.GetProperty("orderIndependenceBasis").GetString());
        Assert.False(run.GetProperty("properties").GetProperty("P6").GetBoolean());
    }
}
