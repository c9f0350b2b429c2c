using Microsoft.Z3;

namespace DioVerify.Smt.Proving.Methods;

/// <summary>
/// One query of an inductive certificate: the negation of a condition (initiation, consecution or safety) on one
/// geometry. Unsat establishes the condition; sat or unknown establishes nothing, and is never a counterexample.
/// </summary>
/// <param name="Name">The condition, e.g. <c>consecution</c>.</param>
/// <param name="Geometry">The geometry its sector, block and BIO sizes are fixed to.</param>
/// <param name="Negation">Satisfiable exactly when the condition fails for some state and request.</param>
public sealed record VerificationCondition(string Name, DeviceGeometry Geometry, BoolExpr Negation)
{
    /// <summary>The case line of an exported script, e.g. <c>consecution, geometry bio-equals-block</c>.</summary>
    public string Label => $"{Name}, geometry {Geometry.Name}";
}
