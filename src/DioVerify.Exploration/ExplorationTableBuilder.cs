using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Check;

namespace DioVerify.Exploration;

/// <summary>Turns exhaustive exploration results (per policy, per BIO count) into <c>check</c>'s exploration table.</summary>
public static class ExplorationTableBuilder
{
    /// <param name="results">Each policy's results at 0..<paramref name="maxBios"/> BIOs.</param>
    /// <param name="confirmed">Whether a cell's counterexample replays; one that does not is left out of the cell.</param>
    public static ExplorationTable Build(IReadOnlyList<IReadOnlyList<ExploreResult>> results, int maxBios, Func<IPolicy, PropertyId, Schedule, bool> confirmed)
    {
        var rows = results.Select(byBound =>
        {
            var policy = byBound[0].Policy;
            var cells = PropertyCatalog.All.ToDictionary(p => p, p =>
            {
                // The smallest counterexample comes from the smallest bound that has one.
                var refuting = byBound.Where(r => r[p].Violations > 0).MinBy(r => r.Bios);
                var schedule = refuting?.Counterexample(p, VersionStamp.ProducedBy);
                if (schedule is not null && !confirmed(policy, p, schedule)) schedule = null;
                return new CheckCell(policy.Expected.Holds(p), refuting?.Bios, byBound.Sum(r => r[p].Violations), schedule);
            });
            return new CheckRow(policy, cells, TimeSpan.FromTicks(byBound.Sum(r => r.Elapsed.Ticks)));
        }).ToList();
        var all = results.SelectMany(r => r).ToList();
        return new ExplorationTable(maxBios, all.Sum(r => r.Schedules), TimeSpan.FromTicks(all.Sum(r => r.Elapsed.Ticks)), rows);
    }
}
