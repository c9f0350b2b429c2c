using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>Wrong only when the largest BIO is exactly 3 sectors: one BIO size of the many a queue may have.</summary>
public sealed class FaultOnThreeSectorBios : FaultWhen
{
    public override string Name => "mutant-fault-on-3-sector-bios";

    public override string Why => "a splitting path taken only when max_sectors is 3";

    public override Reach ExpectedReach => Reach.All;

    protected override string TriggerText => "when M = 3 S";

    protected override TBool Trigger<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g) =>
        a.Eq(g.Request.MaxBioBytes, a.Mul(a.Int(3), g.Request.SectorSize));
}
