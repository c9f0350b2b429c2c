using DioVerify.Engine.Schedules;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Smt.Proving;
using DioVerify.Verdicts.Proofs;
using DioVerify.Smt.Solving;
using Xunit;

namespace DioVerify.Smt.Tests.Proving;

/// <summary>
/// The induction lemma behind the unbounded P6 proofs: its violation is unsatisfiable, geometry by
/// geometry, for every policy the catalog expects to be order-independent, and satisfiable for
/// arrival-cutoff, the one policy whose result depends on the arrival order.
/// </summary>
public sealed class OrderLemmaHoldsExactlyForOrderIndependentPolicies : IDisposable
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    private readonly Z3Session session = new();

    public static TheoryData<string> Policies => [.. PolicyCatalog.Builtin.Policies.Select(p => p.Name)];

    public void Dispose() => session.Dispose();

    [Theory]
    [MemberData(nameof(Policies))]
    public void The_lemma_is_violated_on_some_geometry_exactly_when_the_policy_is_expected_to_violate_P6(string policyName)
    {
        var policy = PolicyCatalog.Builtin.Find(policyName)!;
        var expected = policy.Expected.Holds(PropertyId.P6) ? SolverVerdict.Unsat : SolverVerdict.Sat;

        var verdicts = session.Run(scope =>
        {
            var write = new SymbolicWrite(scope, 0);
            return DeviceGeometry.Family.Select(g =>
            {
                var result = scope.Check([OrderLemma.Violation(scope, policy, g, write)], Budget);
                return (Geometry: g.Name, result.Verdict, result.ReasonUnknown);
            }).ToList();
        });

        Assert.All(verdicts, v => Assert.True(
            v.Verdict == expected,
            $"{policyName} on {v.Geometry}: lemma violation is {v.Verdict}, expected {expected} {v.ReasonUnknown}"));
    }

    [Fact]
    public void Only_arrival_cutoff_is_expected_to_depend_on_the_arrival_order()
    {
        Assert.Equal(["arrival-cutoff"], PolicyCatalog.Builtin.Policies.Where(p => !p.Expected.Holds(PropertyId.P6)).Select(p => p.Name));
    }

    [Fact]
    public void The_unbounded_P6_obligation_is_proved_by_the_lemma_for_an_order_independent_policy_and_refuted_by_a_bounded_search_for_arrival_cutoff()
    {
        var prover = new Prover(session, TimeSpan.FromSeconds(60), "dioverify-tests");

        var proved = prover.Prove(new Obligation(PolicyCatalog.Builtin.Find("contiguous-prefix")!, PropertyId.P6, null));
        var refuted = prover.Prove(new Obligation(PolicyCatalog.Builtin.Find("arrival-cutoff")!, PropertyId.P6, null));

        Assert.Equal(ProofVerdict.Proved, proved.Verdict);
        Assert.StartsWith("induction over arrivals", proved.Method);

        // The lemma fails for arrival-cutoff (reused from the per-geometry answers, each sat within seconds), so nothing
        // is proved for every bound; two symbolic arrival orders at a few BIOs refute it, and the pair replays.
        Assert.Equal(ProofVerdict.Refuted, refuted.Verdict);
        Assert.Equal("self-composition", refuted.MethodName);
        var counterexample = Assert.IsType<Schedule>(refuted.Counterexample);
        Assert.NotNull(counterexample.AlternateArrival);
        Assert.InRange(counterexample.Outcomes.Length, 2, Prover.UnboundedP6SearchBios);
        Assert.False(Replay.Run(PolicyCatalog.Builtin.Find("arrival-cutoff")!, counterexample).OrderIndependence);
    }
}
