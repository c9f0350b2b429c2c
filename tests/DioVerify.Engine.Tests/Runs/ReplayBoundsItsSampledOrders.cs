using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Tests.Support;
using Xunit;

namespace DioVerify.Engine.Tests.Runs;

/// <summary>
/// P6 in a replay tries every arrival order up to 8 BIOs and samples above that, within a budget of
/// completions (orders × BIOs), so that a schedule of a million BIOs replays in about a second, not minutes.
/// </summary>
public sealed class ReplayBoundsItsSampledOrders
{
    [Theory]
    [InlineData(9, 2000)]
    [InlineData(10_000, 2000)]
    [InlineData(20_000, 1000)]
    [InlineData(1_000_000, 20)]
    [InlineData(1 << 20, 19)]
    [InlineData(10_000_000, 4)]
    public void Sampled_orders_times_BIOs_stay_within_the_budget_with_at_least_four_orders(int bios, int orders)
    {
        Assert.Equal(orders, Replay.SampledOrderCount(bios));
        Assert.True((long)orders * bios <= Replay.SampledCompletionBudget || orders == Replay.MinimumSampledOrders);
    }

    [Fact]
    public void Up_to_eight_BIOs_every_order_is_still_tried()
    {
        var schedule = Build.Schedule(Build.Request(0, 8 * Build.Block, 0), null, "ok ok eio ok ok ok ok ok", 7, 6, 5, 4, 3, 2, 1, 0);
        var run = Replay.Run(PolicyCatalog.Builtin.Find("contiguous-prefix")!, schedule);
        Assert.True(run.OrderIndependence);
        Assert.Equal("same outcome for all 40320 arrival orders", run.OrderIndependenceNote);
    }

    [Fact]
    public void A_large_schedule_says_how_many_orders_were_sampled_and_why_not_more()
    {
        const int bios = 100_000;
        var outcomes = Enumerable.Repeat(BioStatus.Ok, bios).ToArray();
        outcomes[bios / 2] = BioStatus.Eio;
        var schedule = Build.Schedule(Build.Request(0, bios * Build.Block, 0), null, outcomes, Enumerable.Range(0, bios));

        var run = Replay.Run(PolicyCatalog.Builtin.Find("contiguous-prefix")!, schedule);

        Assert.Null(run.OrderIndependence);
        Assert.Equal(
            "200 sampled arrival orders agree; the other orders of 100000! were not tried " +
            "(200 orders, not 2000: sampling stops at 20,000,000 completions, 100,000 per order)",
            run.OrderIndependenceNote);
    }

    [Fact]
    public void Sampling_still_finds_an_order_dependent_policy_in_a_large_schedule()
    {
        const int bios = 50_000;
        var outcomes = Enumerable.Repeat(BioStatus.Ok, bios).ToArray();
        outcomes[bios / 2] = BioStatus.Eio;
        var schedule = Build.Schedule(Build.Request(0, bios * Build.Block, 0), null, outcomes, Enumerable.Range(0, bios));

        var run = Replay.Run(PolicyCatalog.Builtin.Find("arrival-cutoff")!, schedule);

        Assert.False(run.OrderIndependence);
        Assert.Equal(bios, run.DifferingArrival!.Count);
        Assert.Matches(@"^arrival order \[(\d+, ){16}… 50,000 entries in all\] gives a different outcome$", run.OrderIndependenceNote);
    }
}
