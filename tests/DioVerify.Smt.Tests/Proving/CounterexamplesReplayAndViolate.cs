using System.Text;
using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Smt.Proving;
using DioVerify.Verdicts.Proofs;
using Xunit;

namespace DioVerify.Smt.Tests.Proving;

/// <summary>
/// Every counterexample the prover reports is a schedule a person can replay: the reference engine
/// violates the same property on it, it survives schedule v1 text unchanged, and it is as small as
/// SPEC says the planted faults need.
/// </summary>
[Collection(ProverAtASmallBoundCollection.Name)]
public sealed class CounterexamplesReplayAndViolate(ProverAtASmallBound prover)
{
    [Theory]
    [MemberData(nameof(ProverAtASmallBound.ExpectedViolations), MemberType = typeof(ProverAtASmallBound))]
    public void Replaying_the_counterexample_through_the_reference_engine_violates_the_property(string policyName, PropertyId property)
    {
        var policy = ProverAtASmallBound.Policy(policyName);
        var schedule = Counterexample(policyName, property);

        var report = Replay.Run(policy, schedule);

        var verdict = report.Verdicts.Single(v => v.Property == property).Holds;
        Assert.True(verdict == false, $"{policyName} {property} holds ({verdict?.ToString() ?? "undecided"}) on its counterexample:\n{ScheduleWriter.Write(schedule)}");
    }

    [Theory]
    [MemberData(nameof(ProverAtASmallBound.ExpectedViolations), MemberType = typeof(ProverAtASmallBound))]
    public void The_counterexample_names_its_policy_and_property_and_fits_the_bound(string policyName, PropertyId property)
    {
        var schedule = Counterexample(policyName, property);

        Assert.Equal(policyName, schedule.Policy);
        Assert.Equal(property, schedule.Property);
        Assert.Equal("dioverify-tests", schedule.ProducedBy);
        Assert.Null(schedule.Request.Validate());
        Assert.InRange(schedule.Outcomes.Length, 0, ProverAtASmallBound.Bios);
        Assert.Equal(ConcreteLayout.Of(schedule.Request, schedule.FreeBlocks).Count, schedule.Outcomes.Length);
        Assert.Equal(Enumerable.Range(0, schedule.Outcomes.Length), schedule.Arrival.Order());
        Assert.Equal(property == PropertyId.P6, schedule.AlternateArrival is not null);
    }

    [Theory]
    [MemberData(nameof(ProverAtASmallBound.ExpectedViolations), MemberType = typeof(ProverAtASmallBound))]
    public void The_counterexample_round_trips_through_schedule_v1_text(string policyName, PropertyId property)
    {
        var schedule = Counterexample(policyName, property);
        var text = ScheduleWriter.Write(schedule);

        var parsed = ScheduleReader.Parse(Encoding.UTF8.GetBytes(text), $"{policyName}.{property}.json");

        Assert.True(parsed.SameAs(schedule), $"read back differently:\n{text}\nas\n{ScheduleWriter.Write(parsed)}");
        Assert.Equal(text, ScheduleWriter.Write(parsed));
    }

    [Fact]
    public void The_order_dependence_counterexample_gives_different_outcomes_for_its_two_arrival_orders()
    {
        var policy = ProverAtASmallBound.Policy("arrival-cutoff");
        var schedule = Counterexample(policy.Name, PropertyId.P6);
        var a = ConcreteAlgebra.Instance;
        var layout = ConcreteLayout.Of(schedule.Request, schedule.FreeBlocks);
        var failed = schedule.Outcomes.Select(o => o == BioStatus.Eio).ToArray();

        var first = WriteEngine.Run(a, policy, layout, failed, [.. schedule.Arrival.Select(i => (long)i)]);
        var second = WriteEngine.Run(a, policy, layout, failed, [.. schedule.AlternateArrival!.Value.Select(i => (long)i)]);

        Assert.NotEqual(first, second);
        var report = Replay.Run(policy, schedule);
        Assert.False(report.OrderIndependence);
        Assert.Equal(schedule.AlternateArrival.Value, report.DifferingArrival);
    }

    [Theory]
    [InlineData("naive-partial")]
    [InlineData("sum-completed")]
    [InlineData("arrival-cutoff")]
    [InlineData("highest-completed")]
    public void A_prefix_safety_fault_is_refuted_by_at_most_two_BIOs_and_one_failure(string policyName)
    {
        var schedule = Counterexample(policyName, PropertyId.P1);

        Assert.InRange(schedule.Outcomes.Length, 1, 2);
        Assert.Equal(1, schedule.FailureCount);
    }

    [Theory]
    [InlineData("sum-completed")]
    [InlineData("arrival-cutoff")]
    [InlineData("highest-completed")]
    public void A_progress_fault_that_over_reports_needs_three_BIOs_an_ok_one_past_a_failed_one(string policyName)
    {
        var schedule = Counterexample(policyName, PropertyId.P3);

        Assert.Equal(3, schedule.Outcomes.Length);
        Assert.Equal(BioStatus.Ok, schedule.Outcomes[0]);
        Assert.Contains(BioStatus.Eio, schedule.Outcomes);
    }

    [Fact]
    public void The_leak_in_prefix_keep_blocks_is_refuted_by_one_failed_BIO()
    {
        var schedule = Counterexample("prefix-keep-blocks", PropertyId.P5);

        Assert.Equal([BioStatus.Eio], schedule.Outcomes.ToArray());
    }

    [Fact]
    public void Every_prefix_safety_fault_of_the_catalog_is_covered_by_the_two_BIO_check()
    {
        var faults = PolicyCatalog.Builtin.Policies.Where(p => !p.Expected.Holds(PropertyId.P1)).Select(p => p.Name);

        Assert.Equal(["arrival-cutoff", "highest-completed", "naive-partial", "sum-completed"], faults.Order());
    }

    private Schedule Counterexample(string policyName, PropertyId property)
    {
        var result = prover.Result(ProverAtASmallBound.Policy(policyName), property);
        Assert.True(result.Verdict == ProofVerdict.Refuted, $"{policyName} {property} is {result.Verdict}: {result.Reason}");
        return result.Counterexample ?? throw new InvalidOperationException($"{policyName} {property} was refuted without a counterexample");
    }
}
