using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>Wrong only from 17 BIOs: beyond FsCheck's old 12, within its 24.</summary>
public sealed class FaultFromSeventeenBios : FaultWhen
{
    public override string Name => "mutant-fault-from-17-bios";

    public override string Why => "a completion bitmap of 16 entries whose overflow drops the EIO";

    public override Reach ExpectedReach => new(Explore: false, FsCheck: true, Prover: false, Unbounded: true);

    protected override string TriggerText => "from 17 BIOs on";

    protected override TBool Trigger<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g) => AtLeastBios(a, g, 17);
}
