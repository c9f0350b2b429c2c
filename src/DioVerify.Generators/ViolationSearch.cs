using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;

namespace DioVerify.Generators;

/// <summary>
/// FsCheck's search for a generated schedule on which a policy breaks a property, shrunk to a small story —
/// the FsCheck column of <c>dioverify check</c> and the property tests both run it. Each case is judged the
/// same way as <see cref="Replay.Run"/> (layout, engine, <see cref="RunFacts{TBool,TInt}"/>, the catalog's
/// property) without Replay's P6 search over every arrival order, which would cost up to 8! runs per case:
/// P6 is judged on a generated pair of orders instead. The property tests keep the two judges in agreement.
/// </summary>
public static class ViolationSearch
{
    private static readonly ConcreteAlgebra A = ConcreteAlgebra.Instance;

    /// <summary>
    /// Searches <paramref name="maxTest"/> generated schedules for one on which <paramref name="policy"/> breaks
    /// <paramref name="property"/>, from a random seed or from <paramref name="seed"/>; for P6 the schedule carries
    /// the second arrival order in <see cref="Schedule.AlternateArrival"/>.
    /// </summary>
    public static FsCheckResult<Schedule> Check(IPolicy policy, PropertyId property, int maxTest, ulong? seed = null) =>
        property == PropertyId.P6
            ? FsCheckRun.Check<ReorderedSchedule>(pair => OrdersAgree(policy, pair), maxTest, seed).Map(pair => pair.Schedule)
            : FsCheckRun.Check<Schedule>(s => Holds(policy, property, s), maxTest, seed);

    /// <summary>The engine's outcome for the schedule's arrival order (or another order of the same outcomes).</summary>
    public static Outcome<long> Run(IPolicy policy, Schedule s, IReadOnlyList<int>? arrival = null)
    {
        var layout = ConcreteLayout.Of(s.Request, s.FreeBlocks);
        return WriteEngine.Run(A, policy, layout, Failed(s), (arrival ?? s.Arrival).Select(i => (long)i).ToArray());
    }

    /// <summary>Whether one per-run property (P1–P5, P7) holds on the schedule.</summary>
    public static bool Holds(IPolicy policy, PropertyId property, Schedule s)
    {
        var layout = ConcreteLayout.Of(s.Request, s.FreeBlocks);
        var failed = Failed(s);
        var outcome = WriteEngine.Run(A, policy, layout, failed, s.Arrival.Select(i => (long)i).ToArray());
        var facts = new RunFacts<bool, long>(A, layout, failed, outcome);
        return PropertyCatalog.PerRun.Single(p => p.Id == property).Holds(A, facts);
    }

    /// <summary>P6 on a pair: both arrival orders of the same outcomes give the same R, size and kept blocks.</summary>
    public static bool OrdersAgree(IPolicy policy, ReorderedSchedule pair) =>
        OrderIndependence.Agree(A, Run(policy, pair.Schedule), Run(policy, pair.Schedule, pair.Alternate));

    private static bool[] Failed(Schedule s) => s.Outcomes.Select(o => o == BioStatus.Eio).ToArray();
}
