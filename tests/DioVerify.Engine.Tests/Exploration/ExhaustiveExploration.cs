using DioVerify.Engine.Model;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Tests.Support;
using DioVerify.Exploration;
using Xunit;

namespace DioVerify.Engine.Tests.Exploration;

/// <summary>
/// <see cref="Explorer.Exhaustive"/> visits every request shape × outcome vector × arrival order at a BIO
/// count. Across 1..4 BIOs no policy violates a property it is expected to satisfy; every planted fault
/// is caught by 2 BIOs except progress (P3) for the over-counting policies, which needs 3; the P1 faults
/// are refuted by 2 BIOs and one failure, replayably.
/// </summary>
/// <remarks>
/// Why P3 needs 3 BIOs for sum-completed, highest-completed and arrival-cutoff: P3 needs P &gt; 0, so BIO 0
/// is ok; with only one more BIO, either it is ok (they all report the whole submitted span, which is P)
/// or it failed (the only ok bytes are BIO 0's, which is P). Over-reporting a positive prefix takes an ok
/// BIO above a failed one above an ok one.
/// </remarks>
public sealed class ExhaustiveExploration
{
    public static TheoryData<string, int> EveryPolicyAtOneToFourBios()
    {
        var data = new TheoryData<string, int>();
        foreach (var policy in PolicyRuns.SpecNames)
        {
            for (var bios = 1; bios <= 4; bios++) data.Add(policy, bios);
        }

        return data;
    }

    public static TheoryData<string, int> EveryPolicyAtTwoToFourBios()
    {
        var data = new TheoryData<string, int>();
        foreach (var policy in PolicyRuns.SpecNames)
        {
            for (var bios = 2; bios <= 4; bios++) data.Add(policy, bios);
        }

        return data;
    }

    private static readonly string[] OverCounters = ["sum-completed", "highest-completed", "arrival-cutoff"];

    public static TheoryData<string> PrefixSafetyFaults => ["naive-partial", "sum-completed", "arrival-cutoff", "highest-completed"];

    public static TheoryData<string> Policies => [.. PolicyRuns.SpecNames];

    [Theory]
    [MemberData(nameof(EveryPolicyAtOneToFourBios))]
    public void No_policy_violates_a_property_it_is_expected_to_satisfy(string policy, int bios)
    {
        var result = Explorer.Exhaustive(PolicyRuns.Policy(policy), bios);

        var falseAlarms = result.Tallies.Where(t => t.Violations > 0 && result.Policy.Expected.Holds(t.Property)).ToList();
        Assert.True(
            falseAlarms.Count == 0,
            string.Join("\n", falseAlarms.Select(t => $"{policy} at {bios} BIOs violates {t.Property} {t.Violations} times, e.g.\n" +
                ScheduleText.Of(result.Counterexample(t.Property, "test")!))));
        Assert.Empty(result.FalseAlarms);
    }

    [Theory]
    [MemberData(nameof(EveryPolicyAtTwoToFourBios))]
    public void Every_expected_fault_is_caught_from_two_BIOs_on_except_over_counted_progress_which_needs_three(string policy, int bios)
    {
        var result = Explorer.Exhaustive(PolicyRuns.Policy(policy), bios);

        var needsThree = bios == 2 && OverCounters.Contains(policy) ? new[] { PropertyId.P3 } : [];
        foreach (var property in result.Policy.Expected.Violated.Except(needsThree))
        {
            Assert.True(result[property].Violations > 0, $"{policy} at {bios} BIOs: {property} never violated");
        }

        Assert.Equal(needsThree, result.Missed);
    }

    [Theory]
    [InlineData("sum-completed")]
    [InlineData("highest-completed")]
    [InlineData("arrival-cutoff")]
    public void Over_counting_a_positive_prefix_needs_an_ok_BIO_above_a_failed_one_above_an_ok_one(string policy)
    {
        Assert.Equal(0, Explorer.Exhaustive(PolicyRuns.Policy(policy), 2)[PropertyId.P3].Violations);

        var three = Explorer.Exhaustive(PolicyRuns.Policy(policy), 3);
        var counterexample = three.Counterexample(PropertyId.P3, "dioverify-tests")!;

        Assert.Equal<BioStatus>([BioStatus.Ok, BioStatus.Eio, BioStatus.Ok], counterexample.Outcomes);
        Assert.False(Replay.Run(three.Policy, counterexample).RunVerdicts[PropertyId.P3]);
    }

    [Fact]
    public void Order_dependence_needs_at_least_two_BIOs()
    {
        var one = Explorer.Exhaustive(PolicyRuns.Policy("arrival-cutoff"), 1);
        var two = Explorer.Exhaustive(PolicyRuns.Policy("arrival-cutoff"), 2);

        Assert.Equal(0, one[PropertyId.P6].Violations);
        Assert.Contains(PropertyId.P6, one.Missed);
        Assert.True(two[PropertyId.P6].Violations > 0);
    }

    [Theory]
    [MemberData(nameof(PrefixSafetyFaults))]
    public void The_smallest_prefix_safety_counterexample_at_two_BIOs_has_one_failure_and_replays_as_a_violation(string policy)
    {
        var result = Explorer.Exhaustive(PolicyRuns.Policy(policy), 2);

        var counterexample = result.Counterexample(PropertyId.P1, "dioverify-tests");

        Assert.NotNull(counterexample);
        Assert.Equal(2, counterexample.Outcomes.Length);
        Assert.Equal(1, counterexample.FailureCount);
        Assert.Equal(policy, counterexample.Policy);
        Assert.Equal(PropertyId.P1, counterexample.Property);
        Assert.Equal("dioverify-tests", counterexample.ProducedBy);
        Assert.Equal(2, ConcreteLayout.Of(counterexample.Request, counterexample.FreeBlocks).Count);
        Assert.False(Replay.Run(result.Policy, counterexample).RunVerdicts[PropertyId.P1]);
    }

    [Theory]
    [InlineData("sum-completed")]
    [InlineData("arrival-cutoff")]
    [InlineData("highest-completed")]
    public void With_a_single_BIO_there_is_nothing_past_a_failure_to_over_count(string policy) =>
        Assert.Equal(0, Explorer.Exhaustive(PolicyRuns.Policy(policy), 1)[PropertyId.P1].Violations);

    [Fact]
    public void Naive_partial_is_refuted_already_by_one_failed_BIO_before_an_ENOSPC_cut()
    {
        var result = Explorer.Exhaustive(PolicyRuns.Policy("naive-partial"), 1);

        var counterexample = result.Counterexample(PropertyId.P1, "dioverify-tests");

        Assert.NotNull(counterexample);
        Assert.Equal(1, counterexample.FailureCount);
        Assert.False(Replay.Run(result.Policy, counterexample).RunVerdicts[PropertyId.P1]);
        Assert.True(Replay.Run(result.Policy, counterexample).Geometry.IsCut);
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void Every_counterexample_found_replays_as_a_violation_of_its_property(string policy)
    {
        var result = Explorer.Exhaustive(PolicyRuns.Policy(policy), 3);

        foreach (var property in result.Policy.Expected.Violated)
        {
            var counterexample = result.Counterexample(property, "dioverify-tests")!;
            var run = Replay.Run(result.Policy, counterexample);
            var holds = property == PropertyId.P6 ? run.OrderIndependence : run.RunVerdicts[property];
            Assert.True(holds == false, $"{policy}: {property} counterexample replays as {holds}");
        }
    }

    [Fact]
    public void An_exhaustive_run_visits_shapes_times_two_to_the_n_times_n_factorial_schedules()
    {
        // The same shapes at every BIO count from 1 on (two others exist only for 0 BIOs, with nothing to order).
        var shapes = RequestShapes.For(1).Count;
        Assert.All(Enumerable.Range(2, 7), n => Assert.Equal(shapes, RequestShapes.For(n).Count));
        Assert.Equal(2, RequestShapes.For(0).Count);
        Assert.Equal(shapes * 16 * 24, Explorer.ExhaustiveCount(4));
        Assert.Equal(2, Explorer.ExhaustiveCount(0));

        var result = Explorer.Exhaustive(PolicyRuns.Policy("contiguous-prefix"), 3);
        Assert.Equal(shapes * 8 * 6, result.Schedules);
        Assert.True(result.Exhaustive);
        Assert.Equal(3, result.Bios);
    }

    [Fact]
    public void The_shapes_cover_every_sector_size_and_block_relation_issue_13_names()
    {
        var shapes = RequestShapes.For(3);
        var requests = shapes.Select(s => s.Request).ToList();

        Assert.Equal([512L, 1024, 2048, 4096], requests.Select(r => r.SectorSize).Distinct().Order());
        Assert.Contains(requests, r => r.SectorSize == 512 && r.BlockSize < 4096);
        Assert.Contains(requests, r => r.SectorSize == 512 && r.BlockSize > 4096);
        Assert.Contains(requests, r => r.MaxBioBytes < r.BlockSize && r.BlockSize % r.MaxBioBytes != 0);
        Assert.Contains(requests, r => r.MaxBioBytes >= 2 * r.BlockSize);
        Assert.Contains(shapes, s => ConcreteLayout.Of(s.Request, s.FreeBlocks).Geometry is var g && g.IsCut && (g.Cut - s.Request.Offset) % s.Request.MaxBioBytes != 0);
        Assert.Contains(requests, r => r.Offset + r.Length > long.MaxValue - (1L << 20));
    }

    [Fact]
    public void The_correct_policy_is_clean_even_with_no_BIO_at_all()
    {
        var result = Explorer.Exhaustive(PolicyRuns.Policy("contiguous-prefix"), 0);

        Assert.Equal(2, result.Schedules);
        Assert.All(result.Tallies, t => Assert.Equal(0, t.Violations));
    }

    [Fact]
    public void A_zero_byte_success_is_caught_with_no_BIO_at_all() =>
        Assert.Equal(2, Explorer.Exhaustive(PolicyRuns.Policy("prefix-zero-not-error"), 0)[PropertyId.P7].Violations);

    [Fact]
    public void Exhaustive_runs_past_the_limit_are_refused()
    {
        // 9 BIOs: shapes * 512 * 362880 schedules, above 10^9 for the 15 shapes there are (2 786 918 400).
        Assert.True(Explorer.ExhaustiveCount(9) > Explorer.ExhaustiveLimit);
        Assert.True(Explorer.ExhaustiveCount(8) <= Explorer.ExhaustiveLimit);
        Assert.Throws<ArgumentOutOfRangeException>(() => Explorer.Exhaustive(PolicyRuns.Policy("contiguous-prefix"), 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => Explorer.Exhaustive(PolicyRuns.Policy("contiguous-prefix"), 20));
    }
}
