using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Tests.Support;
using DioVerify.Exploration;
using Xunit;

namespace DioVerify.Engine.Tests.Exploration;

/// <summary>
/// <see cref="Explorer.Sampled"/> draws request shapes, outcomes and one arrival order from a seed: the same
/// seed gives the same counts and the same smallest counterexamples, whatever the threads did.
/// </summary>
public sealed class SampledExploration
{
    private static string Summary(ExploreResult result) =>
        $"{result.Schedules} schedules; " + string.Join("; ", result.Tallies.Select(t =>
            $"{t.Property}: {t.Violations}" +
            (t.Smallest is null ? "" : " smallest " + ScheduleText.Of(result.Counterexample(t.Property, "test")!))));

    [Theory]
    [InlineData("arrival-cutoff", 6)]
    [InlineData("sum-completed", 10)]
    [InlineData("prefix-keep-blocks", 12)]
    public void The_same_seed_gives_identical_results_twice(string policy, int bios)
    {
        var first = Explorer.Sampled(PolicyRuns.Policy(policy), bios, samples: 40_000, seed: 2010);
        var second = Explorer.Sampled(PolicyRuns.Policy(policy), bios, samples: 40_000, seed: 2010);

        Assert.False(first.Exhaustive);
        Assert.Equal(40_000, first.Schedules);
        Assert.Equal(Summary(first), Summary(second));
    }

    [Fact]
    public void Sampling_far_beyond_the_exhaustive_limit_still_finds_the_planted_faults_without_false_alarms()
    {
        var result = Explorer.Sampled(PolicyRuns.Policy("arrival-cutoff"), 12, samples: 40_000, seed: 7);

        Assert.Empty(result.FalseAlarms);
        Assert.Empty(result.Missed);
    }

    [Fact]
    public void The_correct_policy_is_clean_under_sampling() =>
        Assert.All(Explorer.Sampled(PolicyRuns.Policy("contiguous-prefix"), 16, samples: 40_000, seed: 1).Tallies, t => Assert.Equal(0, t.Violations));

    [Fact]
    public void Sampled_P6_counterexamples_carry_the_second_order()
    {
        var result = Explorer.Sampled(PolicyRuns.Policy("arrival-cutoff"), 6, samples: 20_000, seed: 3);

        var counterexample = result.Counterexample(PropertyId.P6, "test");

        Assert.NotNull(counterexample);
        Assert.NotNull(counterexample.AlternateArrival);
        Assert.False(Replay.Run(result.Policy, counterexample).OrderIndependence);
    }
}
