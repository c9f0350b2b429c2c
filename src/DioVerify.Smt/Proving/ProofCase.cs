using Microsoft.Z3;

namespace DioVerify.Smt.Proving;

/// <summary>
/// One satisfiable-means-counterexample formula: a geometry, an exact BIO count and the arrival
/// order(s) it quantifies over (null networks mean file order). Its terms are built on first use:
/// a refutation at 2 BIOs never builds the networks of the larger cases, whose terms alone made a
/// Z3 context take 150 s to delete at 64 BIOs.
/// </summary>
public sealed class ProofCase(DeviceGeometry geometry, int bios, Func<ProofQuery> build, Func<IReadOnlyList<BoolExpr>>? abstraction = null)
{
    private readonly Lazy<ProofQuery> _query = new(build);
    private readonly Lazy<IReadOnlyList<BoolExpr>> _abstraction = new(abstraction ?? (() => []));

    public DeviceGeometry Geometry { get; } = geometry;

    public int Bios { get; } = bios;

    public BoolExpr Formula => _query.Value.Formula;

    public ArrivalNetwork? Arrival => _query.Value.Arrival;

    public ArrivalNetwork? Alternate => _query.Value.Alternate;

    /// <summary>Weaker queries whose unsat, all of them, decides the case; a sat decides nothing (see <see cref="ArrivalAbstraction"/>).</summary>
    public IReadOnlyList<BoolExpr> Abstraction => _abstraction.Value;
}

/// <summary>A case's formula and the arrival networks whose swaps its model decodes into orders.</summary>
public sealed record ProofQuery(BoolExpr Formula, ArrivalNetwork? Arrival, ArrivalNetwork? Alternate);
