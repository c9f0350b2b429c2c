using System.Collections.Immutable;
using DioVerify.Engine.Model;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Exploration;

namespace DioVerify.Audit.Tests;

/// <summary>The engine's runs the audits are checked against: every explored shape at 1–4 BIOs, every outcome vector, every arrival order.</summary>
internal static class EngineRuns
{
    public static IEnumerable<Schedule> Schedules(Func<WriteRequest, bool> observable) =>
        from bios in Enumerable.Range(1, 4)
        from shape in RequestShapes.For(bios)
        where observable(shape.Request)
        let n = ConcreteLayout.Of(shape.Request, shape.FreeBlocks).Count
        from outcomes in Outcomes(n)
        from arrival in Permutations.All(n)
        select new Schedule(shape.Request, shape.FreeBlocks, outcomes, [.. arrival]);

    private static IEnumerable<ImmutableArray<BioStatus>> Outcomes(int n) =>
        Enumerable.Range(0, 1 << n).Select(mask => Enumerable.Range(0, n).Select(k => (mask >> k & 1) == 1 ? BioStatus.Eio : BioStatus.Ok).ToImmutableArray());
}
