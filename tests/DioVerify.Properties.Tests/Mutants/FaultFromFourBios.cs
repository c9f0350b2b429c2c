using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>Wrong only from 4 BIOs: beyond the prover's bound of 3, within exploration's 5.</summary>
public sealed class FaultFromFourBios : FaultWhen
{
    public override string Name => "mutant-fault-from-4-bios";

    public override string Why => "a fast path for requests of 4 or more BIOs that forgets the EIO";

    public override Reach ExpectedReach => new(Explore: true, FsCheck: true, Prover: false, Unbounded: true);

    protected override string TriggerText => "from 4 BIOs on";

    protected override TBool Trigger<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g) => AtLeastBios(a, g, 4);
}
