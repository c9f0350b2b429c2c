using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>Wrong only for writes ending within 4 GiB of 2^63 - 1, the top of the range validation allows.</summary>
public sealed class FaultNearTopOfRange : FaultWhen
{
    /// <summary>The trigger: off + len above this.</summary>
    public const long Threshold = long.MaxValue - (1L << 32);

    public override string Name => "mutant-fault-near-2-pow-63";

    public override string Why => "an error path guarded by an end-of-range check that trusts the submitted span";

    public override Reach ExpectedReach => Reach.All;

    protected override string TriggerText => "when off + len > 2^63 - 1 - 2^32";

    protected override TBool Trigger<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g) =>
        a.Lt(a.Int(Threshold), g.End);
}
