using DioVerify.Engine.Policies;
using DioVerify.Exploration;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Check;

namespace DioVerify.Reporting.Tests;

/// <summary>Check reports built from real exhaustive exploration, without FsCheck or a solver, for the renderers' tests.</summary>
public static class CheckReports
{
    /// <summary>The report of exploring every policy (or <paramref name="policies"/>) at 0..<paramref name="maxBios"/> BIOs, with the given proof table.</summary>
    public static CheckReport Explored(int maxBios, ProofTable? proofs = null, IEnumerable<IPolicy>? policies = null)
    {
        var results = (policies ?? PolicyCatalog.Builtin.Policies)
            .Select(p => (IReadOnlyList<ExploreResult>)[.. Enumerable.Range(0, maxBios + 1).Select(b => Explorer.Exhaustive(p, b))])
            .ToList();
        var table = ExplorationTableBuilder.Build(results, maxBios, (_, _, _) => true);
        return new CheckReport(VersionStamp.ProducedBy, table, new FsCheckColumn(0, 0, TimeSpan.Zero, []), proofs, []);
    }

    /// <summary>
    /// The catalog's policies an approved snapshot of a whole report names: a rule file added to the catalog since is
    /// not in the picture (its own cases are the scenario and story tests), while a pictured policy that changes or goes
    /// still changes the picture.
    /// </summary>
    public static IReadOnlyList<IPolicy> Pictured(Type owner, string method, string scenario)
    {
        var approved = Path.Combine(Repository.Root, Snapshots.ApprovedFile(owner, method, scenario));
        if (!File.Exists(approved)) return PolicyCatalog.Builtin.Policies;
        var text = File.ReadAllText(approved);
        return [.. PolicyCatalog.Builtin.Policies.Where(p => System.Text.RegularExpressions.Regex.IsMatch(text, $"(?<![a-z0-9-]){System.Text.RegularExpressions.Regex.Escape(p.Name)}(?![a-z0-9-])"))];
    }
}
