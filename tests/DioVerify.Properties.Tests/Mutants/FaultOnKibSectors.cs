using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>Wrong only with 1 KiB sectors, which no checker generated before issue 13.</summary>
public sealed class FaultOnKibSectors : FaultWhen
{
    public override string Name => "mutant-fault-on-1k-sectors";

    public override string Why => "an error path tested only on 512-byte and 4 KiB sector devices";

    public override Reach ExpectedReach => Reach.All;

    protected override string TriggerText => "with 1 KiB sectors";

    protected override TBool Trigger<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g) =>
        a.Eq(g.Request.SectorSize, a.Int(1024));
}
