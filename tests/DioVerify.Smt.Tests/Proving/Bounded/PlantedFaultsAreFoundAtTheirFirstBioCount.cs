using DioVerify.Engine.Properties;
using DioVerify.Engine.RuleFiles;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Verdicts.Proofs;
using Xunit;

namespace DioVerify.Smt.Tests.Proving.Bounded;

/// <summary>
/// A fault that first fires at k BIOs (Morton's rule, except that from k BIOs on a failed BIO is ignored) is refuted by
/// the unrolled search with a minimal counterexample: exactly k BIOs, one failure, the shortest request of k BIOs on
/// its geometry, replayed through the concrete engine; and the same search proves P1 up to k − 1 BIOs.
/// </summary>
public sealed class PlantedFaultsAreFoundAtTheirFirstBioCount(UnrolledProverFixture fixture) : IClassFixture<UnrolledProverFixture>
{
    [Theory]
    [InlineData(8)]
    [InlineData(17)]
    public void The_fault_is_refuted_at_exactly_its_count_with_a_minimal_counterexample(int k)
    {
        var policy = FaultFrom(k);
        var result = fixture.Prove(policy, PropertyId.P1, 2 * k);

        Assert.True(result.Verdict == ProofVerdict.Refuted, $"{result.Verdict.Text()} ({result.Reason})");
        var schedule = result.Counterexample!;
        Assert.Equal(k, schedule.Outcomes.Length);
        Assert.Equal(1, schedule.FailureCount);
        var r = schedule.Request;
        Assert.Equal(((k - 1) * r.MaxBioBytes) + r.SectorSize, r.Length);
        Assert.False(Replay.Run(policy, schedule).Verdicts.Single(v => v.Property == PropertyId.P1).Holds);
    }

    [Fact]
    public void Below_its_count_the_fault_is_absent_and_prefix_safety_is_proved()
    {
        var result = fixture.Prove(FaultFrom(17), PropertyId.P1, 16);

        Assert.True(result.Verdict == ProofVerdict.Proved, $"{result.Verdict.Text()} ({result.Reason})");
        Assert.Contains("0..16 BIOs", result.Domain);
    }

    [Fact]
    public void Arrival_cutoffs_order_dependent_refutation_replays_in_the_order_the_ghost_bits_choose()
    {
        var policy = Engine.Policies.PolicyCatalog.Builtin.Find("arrival-cutoff")!;
        var result = fixture.Prove(policy, PropertyId.P3, 6);

        Assert.True(result.Verdict == ProofVerdict.Refuted, $"{result.Verdict.Text()} ({result.Reason})");
        var schedule = result.Counterexample!;
        Assert.Equal(schedule.Outcomes.Length, schedule.Arrival.Distinct().Count());
        Assert.NotEqual([.. Enumerable.Range(0, schedule.Outcomes.Length)], schedule.Arrival.ToArray());
        Assert.False(Replay.Run(policy, schedule).Verdicts.Single(v => v.Property == PropertyId.P3).Holds);
    }

    private static RulePolicy FaultFrom(int k) => RulePolicy.Parse($"fault-{k}.rule", $"""
        rule fault-from-{k}-bios
        description "contiguous-prefix, but from {k} BIOs on a failed BIO is ignored"
        violates P1 "claims a failed BIO"
        let faulty = cut - off > ({k} - 1) * M
        let prefix = if faulty then cut - off else P
        return if prefix > 0 then prefix else if anyFailed && lowestFailedStart == off then EIO else ENOSPC
        """);
}
