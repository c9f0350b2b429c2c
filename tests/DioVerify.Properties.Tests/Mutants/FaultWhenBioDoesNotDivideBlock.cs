using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>Wrong only when the max BIO size is below the block size and does not divide it.</summary>
public sealed class FaultWhenBioDoesNotDivideBlock : FaultWhen
{
    public override string Name => "mutant-fault-bio-not-dividing-block";

    public override string Why => "per-block completion accounting that assumes whole BIOs per block";

    public override Reach ExpectedReach => Reach.All;

    protected override string TriggerText => "when M < B and M does not divide B";

    protected override TBool Trigger<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g) =>
        a.And(
            a.Lt(g.Request.MaxBioBytes, g.BlockSize),
            a.Not(a.Eq(a.Mod(g.BlockSize, g.Request.MaxBioBytes), a.Int(0))));
}
