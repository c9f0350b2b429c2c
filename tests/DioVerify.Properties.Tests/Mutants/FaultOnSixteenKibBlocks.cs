using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>Wrong only with 16 KiB blocks: one block size of the many a device may have.</summary>
public sealed class FaultOnSixteenKibBlocks : FaultWhen
{
    public override string Name => "mutant-fault-on-16k-blocks";

    public override string Why => "an error path of a filesystem formatted with 16 KiB blocks only";

    public override Reach ExpectedReach => Reach.All;

    protected override string TriggerText => "with 16 KiB blocks";

    protected override TBool Trigger<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g) =>
        a.Eq(g.BlockSize, a.Int(16384));
}
