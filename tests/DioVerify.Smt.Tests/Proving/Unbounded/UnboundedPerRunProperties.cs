using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Verdicts.Proofs;
using Xunit;

namespace DioVerify.Smt.Tests.Proving.Unbounded;

/// <summary>
/// P1–P5 and P7 for every number of BIOs: proved only by the file-order invariant's certificate; where it does not
/// close, refuted only by a counterexample the reference engine replays, and otherwise unknown — never proved by search.
/// </summary>
public sealed class UnboundedPerRunProperties(UnboundedProverFixture fixture) : IClassFixture<UnboundedProverFixture>
{
    [Theory]
    [InlineData(PropertyId.P1)]
    [InlineData(PropertyId.P2)]
    [InlineData(PropertyId.P3)]
    [InlineData(PropertyId.P4)]
    [InlineData(PropertyId.P5)]
    [InlineData(PropertyId.P7)]
    public void Contiguous_prefix_is_proved_for_every_number_of_BIOs_by_induction_over_file_order(PropertyId property)
    {
        var result = fixture.Prove(UnboundedProverFixture.Policy("contiguous-prefix"), property);

        Assert.True(result.Verdict == ProofVerdict.Proved, $"{property}: {result.Verdict.Text()} ({result.Reason})");
        Assert.Equal("induction-over-file-order", result.MethodName);
        Assert.StartsWith("every number of BIOs", result.Domain);
        Assert.Null(result.Counterexample);
    }

    [Theory]
    [InlineData("sum-completed")]
    [InlineData("highest-completed")]
    public void A_rule_that_counts_past_a_failed_BIO_is_refuted_with_a_counterexample_that_replays(string policyName)
    {
        var policy = UnboundedProverFixture.Policy(policyName);

        var result = fixture.Prove(policy, PropertyId.P1);

        Assert.True(result.Verdict == ProofVerdict.Refuted, $"{policyName} P1: {result.Verdict.Text()} ({result.Reason})");
        Assert.Null(result.Obligation.Bios);
        var schedule = result.Counterexample!;
        Assert.Equal(2, schedule.Outcomes.Length);
        var verdict = Replay.Run(policy, schedule).Verdicts.Single(v => v.Property == PropertyId.P1).Holds;
        Assert.True(verdict == false, $"P1 holds on the counterexample:\n{ScheduleWriter.Write(schedule)}");
    }

    [Theory]
    [InlineData(PropertyId.P2)]
    [InlineData(PropertyId.P5)]
    [InlineData(PropertyId.P7)]
    public void Arrival_cutoff_whose_order_lemma_fails_is_proved_where_it_holds_by_the_arrival_abstraction(PropertyId property)
    {
        var result = fixture.Prove(UnboundedProverFixture.Policy("arrival-cutoff"), property);

        Assert.True(result.Verdict == ProofVerdict.Proved, $"{property}: {result.Verdict.Text()} ({result.Reason})");
        Assert.Equal("induction-over-file-order", result.MethodName);
        Assert.Contains("arrival abstraction", result.Method);
    }

    [Theory]
    [InlineData(PropertyId.P1)]
    [InlineData(PropertyId.P3)]
    [InlineData(PropertyId.P4)]
    public void Arrival_cutoff_is_refuted_where_it_fails_with_a_counterexample_that_replays(PropertyId property)
    {
        var policy = UnboundedProverFixture.Policy("arrival-cutoff");

        var result = fixture.Prove(policy, property);

        Assert.True(result.Verdict == ProofVerdict.Refuted, $"{property}: {result.Verdict.Text()} ({result.Reason})");
        Assert.True(Replay.Run(policy, result.Counterexample!).Verdicts.Single(v => v.Property == property).Holds == false);
    }
}
