using DioVerify.Engine.Policies;
using DioVerify.Exploration;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Check;

namespace DioVerify.Reporting.Tests;

/// <summary>Check reports built from real exhaustive exploration, without FsCheck or a solver, for the renderers' tests.</summary>
public static class CheckReports
{
    /// <summary>The report of exploring every policy at 0..<paramref name="maxBios"/> BIOs, with the given proof table.</summary>
    public static CheckReport Explored(int maxBios, ProofTable? proofs = null)
    {
        var results = PolicyCatalog.Builtin.Policies
            .Select(p => (IReadOnlyList<ExploreResult>)[.. Enumerable.Range(0, maxBios + 1).Select(b => Explorer.Exhaustive(p, b))])
            .ToList();
        var table = ExplorationTableBuilder.Build(results, maxBios, (_, _, _) => true);
        return new CheckReport(VersionStamp.ProducedBy, table, new FsCheckColumn(0, 0, TimeSpan.Zero, []), proofs, []);
    }
}
