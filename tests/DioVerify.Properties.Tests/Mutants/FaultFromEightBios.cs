using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>Wrong only from 8 BIOs: beyond exploration's bound of 5 and the prover's 3.</summary>
public sealed class FaultFromEightBios : FaultWhen
{
    public override string Name => "mutant-fault-from-8-bios";

    public override string Why => "a batched completion path for 8 or more BIOs that forgets the EIO";

    public override Reach ExpectedReach => new(Explore: false, FsCheck: true, Prover: false, Unbounded: true);

    protected override string TriggerText => "from 8 BIOs on";

    protected override TBool Trigger<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g) => AtLeastBios(a, g, 8);
}
