using DioVerify.Engine.Policies;
using DioVerify.Smt.Solving;

namespace DioVerify.Smt.Proving.Methods;

/// <summary>
/// P6 for every number of BIOs by the order lemma: completions commute on the folds, the folds read nothing else, and
/// the policy's finish reads nothing else; then any two arrival orders, connected by adjacent swaps, end the same.
/// </summary>
public static class InductionOverArrivals
{
    public const string Description = "induction over arrivals: completions commute on everything finish reads (every bound)";

    public static ProofPlan Plan(Z3Scope scope, IPolicy policy, SymbolicWrite write, GeometryDomain domain) =>
        new(ProofMethodKind.InductionOverArrivals, Description, Lemma(scope, policy, write, domain), []);

    /// <summary>The lemma's negation over every geometry of the domain: unsat exactly when it holds on all of them.</summary>
    public static Microsoft.Z3.BoolExpr Lemma(Z3Scope scope, IPolicy policy, SymbolicWrite write, GeometryDomain domain) =>
        Engine.Algebra.AlgebraExtensions.AnyOf(scope.Algebra, domain.Geometries.Select(g => OrderLemma.Violation(scope, policy, g, write)));
}
