using DioVerify.Engine.Algebra;
using DioVerify.Engine.Engine;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using Xunit;

namespace DioVerify.Properties.Tests;

/// <summary>
/// The per-case judgement the properties run ten thousand times: the same steps as <see cref="Replay.Run"/>
/// (layout, engine, <see cref="RunFacts{TBool,TInt}"/>, the catalog's property) without Replay's P6 search
/// over every arrival order, which would cost up to 8! runs per case. P6 is judged on a generated pair of
/// orders instead. <c>ReplayAgreesWithTheCheapJudge</c> keeps the two paths honest.
/// </summary>
public static class PolicyRuns
{
    private static readonly ConcreteAlgebra A = ConcreteAlgebra.Instance;

    /// <summary>The pairs a policy must satisfy (or, with <paramref name="holding"/> false, is planted to break).</summary>
    public static TheoryData<string, PropertyId> Pairs(bool holding)
    {
        var data = new TheoryData<string, PropertyId>();
        foreach (var policy in PolicyCatalog.All)
        {
            foreach (var property in PropertyCatalog.All.Where(p => policy.Expected.Holds(p) == holding))
            {
                data.Add(policy.Name, property);
            }
        }

        return data;
    }

    public static IPolicy Policy(string name) =>
        PolicyCatalog.Find(name) ?? throw new ArgumentException($"no policy named {name}");

    /// <summary>
    /// FsCheck's search for a generated schedule on which <paramref name="policy"/> breaks <paramref name="property"/>;
    /// for P6 the schedule carries the second arrival order in <see cref="Schedule.AlternateArrival"/>.
    /// </summary>
    public static FsCheckResult<Schedule> Check(IPolicy policy, PropertyId property, int maxTest) =>
        property == PropertyId.P6
            ? FsCheckRun.Check<ReorderedSchedule>(pair => OrdersAgree(policy, pair), maxTest).Map(pair => pair.Schedule)
            : FsCheckRun.Check<Schedule>(s => Holds(policy, property, s), maxTest);

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
