using Microsoft.Z3;

namespace DioVerify.Smt.Proving;

/// <summary>
/// One satisfiable-means-counterexample formula: a geometry, an exact BIO count and the arrival
/// order(s) it quantifies over (null networks mean file order).
/// </summary>
public sealed record ProofCase(DeviceGeometry Geometry, int Bios, BoolExpr Formula, ArrivalNetwork? Arrival, ArrivalNetwork? Alternate)
{
    /// <summary>Weaker queries whose unsat, all of them, decides the case; a sat decides nothing (see <see cref="ArrivalAbstraction"/>).</summary>
    public IReadOnlyList<BoolExpr> Abstraction { get; init; } = [];
}
