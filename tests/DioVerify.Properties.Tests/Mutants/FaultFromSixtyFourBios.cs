using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>Wrong only from 64 BIOs: past exploration, FsCheck's 24 and check's bound, within the unrolled search.</summary>
public sealed class FaultFromSixtyFourBios : FaultWhen
{
    public override string Name => "mutant-fault-from-64-bios";

    public override string Why => "a 64-bit completion mask whose overflow drops the EIO";

    public override Reach ExpectedReach => new(Explore: false, FsCheck: false, Prover: false, Unbounded: true);

    protected override string TriggerText => "from 64 BIOs on";

    protected override TBool Trigger<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g) => AtLeastBios(a, g, 64);
}
