using DioVerify.Engine.Policies;

namespace DioVerify.Smt.Proving.Methods;

/// <summary>P6 up to a bound where the order lemma fails: two symbolic arrival orders of the same outcomes with different results.</summary>
public static class SelfComposition
{
    public const string Description = "self-composition: two symbolic arrival orders of the same outcomes";

    public static ProofPlan Plan(IPolicy policy, SymbolicWrite write, int maxBios, GeometryDomain domain) =>
        new(ProofMethodKind.SelfComposition, Description, null, BoundedCases.Of(maxBios, domain, (g, n) => write.OrderViolation(policy, g, n)));
}
