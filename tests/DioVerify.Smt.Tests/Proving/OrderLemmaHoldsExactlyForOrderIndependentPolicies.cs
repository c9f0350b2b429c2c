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
    public void The_unbounded_P6_obligation_is_proved_by_the_lemma_for_an_order_independent_policy_and_unknown_for_arrival_cutoff()
    {
        var prover = new Prover(session, TimeSpan.FromSeconds(60), "dioverify-tests");

        var proved = prover.Prove(new Obligation(PolicyCatalog.Builtin.Find("contiguous-prefix")!, PropertyId.P6, null));
        var open = prover.Prove(new Obligation(PolicyCatalog.Builtin.Find("arrival-cutoff")!, PropertyId.P6, null));

        Assert.Equal(ProofVerdict.Proved, proved.Verdict);
        Assert.StartsWith("induction over arrivals", proved.Method);
        Assert.Equal(ProofVerdict.Unknown, open.Verdict);
        Assert.Null(open.Counterexample);

        // The prover reuses the per-geometry answers (each alone is sat within seconds) rather than asking the lemma
        // again as one disjunction over the family, which with ten geometries gave no answer in 60 s.
        Assert.Contains("lemma does not hold", open.Reason);
    }
}
