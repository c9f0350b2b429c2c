using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Generators;

namespace DioVerify.Properties.Tests.Mutants;

/// <summary>
/// Wrong only from one BIO past the longest schedule FsCheck generates (<see cref="ScheduleGenerators.MaxBios"/>, so
/// 25): past exploration, FsCheck and check's bound, within the unrolled search. The smallest count the unbounded
/// prover alone can catch, so its three refutations (each searched up to the count, then minimised) cost the least.
/// </summary>
public sealed class FaultPastFsChecksLongestSchedule : FaultWhen
{
    private const int FromBios = ScheduleGenerators.MaxBios + 1;

    public override string Name => $"mutant-fault-from-{FromBios}-bios";

    public override string Why => $"a completion batch of at most {FromBios - 1} BIOs whose overflow drops the EIO";

    public override Reach ExpectedReach => new(Explore: false, FsCheck: false, Prover: false, Unbounded: true);

    protected override string TriggerText => $"from {FromBios} BIOs on";

    protected override TBool Trigger<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g) => AtLeastBios(a, g, FromBios);
}
