using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Check;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Reporting;

/// <summary>
/// <c>check --format sarif</c>: one SARIF result per verdict not as expected (a violated claim, a missed planted fault,
/// no verdict) and per problem (drift, an internal contradiction), located at the policy's rule or the file in
/// proofs/ or models/. A run with every verdict as expected has no results.
/// </summary>
public static class CheckReportSarif
{
    /// <param name="repositoryRoot">The checkout, to find the line of each policy's rule; null leaves lines out.</param>
    public static string Render(CheckReport report, string? repositoryRoot) =>
        SarifLog.Write(report.ProducedBy, [.. Results(report, repositoryRoot)], new Dictionary<string, string>
        {
            ["format"] = "dioverify-check-sarif/1",
            ["outcome"] = CheckReportJson.Outcome(report.Outcome),
        });

    private static IEnumerable<SarifResult> Results(CheckReport report, string? root)
    {
        foreach (var row in report.Exploration.Rows)
        {
            foreach (var (property, cell) in row.Cells.OrderBy(c => c.Key).Where(c => c.Value.Judgement != Judgement.AsExpected))
            {
                yield return Verdict(row.Policy, property, cell.Judgement, $"exhaustive exploration at 0..{report.Exploration.MaxBios} BIOs: {cell.Text}", root);
            }
        }

        foreach (var cell in report.FsCheck.Cells.Where(c => c.Judgement != Judgement.AsExpected))
        {
            yield return Verdict(cell.Policy, cell.Property, cell.Judgement, $"FsCheck, {report.FsCheck.Tests} cases from seed {report.FsCheck.Seed}: {cell.Text}", root);
        }

        foreach (var row in report.Proofs?.Rows ?? [])
        {
            var r = row.Result;
            if (r.InternalError is not null)
            {
                yield return PolicySource.Result(r.Obligation.Policy, "internal-error", "error", $"{r.Obligation.Policy.Name} {r.Obligation.Property}: {r.InternalError}", root);
            }
            else if (row.Judgement != Judgement.AsExpected)
            {
                var detail = $"proof at {r.Obligation.BoundText}: {r.Verdict.Text()}{(r.Reason is null ? "" : $" ({r.Reason})")}";
                yield return Verdict(r.Obligation.Policy, r.Obligation.Property, row.Judgement, detail, root);
            }
        }

        // Exploration and FsCheck have their own cells above; the solver columns exist only in the kill matrix.
        var matrix = report.KillMatrix;
        foreach (var row in matrix.Rows)
        {
            foreach (var (column, entry) in matrix.Columns.Zip(row.Entries).Skip(2).Where(e => e.Second.Judgement != Judgement.AsExpected))
            {
                var policy = PolicyCatalog.Builtin.Find(row.Policy);
                var message = $"{row.Policy} {row.Property} {PropertyCatalog.NameOf(row.Property)}: {entry.Judgement.Label()} by {column} ({entry.Text})";
                yield return policy is null
                    ? new SarifResult(row.Property.ToString(), SarifLog.Level(entry.Judgement), message, null, null)
                    : PolicySource.Result(policy, row.Property.ToString(), SarifLog.Level(entry.Judgement), message, root);
            }
        }

        foreach (var problem in report.Problems)
        {
            yield return Problem(problem, root);
        }
    }

    private static SarifResult Verdict(IPolicy policy, PropertyId property, Judgement judgement, string detail, string? root) =>
        PolicySource.Result(policy, property.ToString(), SarifLog.Level(judgement),
            $"{policy.Name} {property} {PropertyCatalog.NameOf(property)}: {judgement.Label()} — {detail}", root);

    private static SarifResult Problem(CheckProblem problem, string? root)
    {
        var (rule, level) = problem.Kind switch
        {
            ProblemKind.Mismatch => ("record-mismatch", "error"),
            ProblemKind.Unknown => ("no-verdict", "warning"),
            _ => ("internal-error", "error"),
        };
        var message = $"{problem.Subject}: {CheckReportText.Kind(problem.Kind)}: {problem.Message}";
        if (PolicyCatalog.Builtin.Find(problem.Subject) is { } policy) return PolicySource.Result(policy, rule, level, message, root);

        // Obligation files are named without their directory; models/ files carry theirs.
        var uri = problem.Subject.Contains('/', StringComparison.Ordinal) ? problem.Subject
            : problem.Subject.EndsWith(".smt2", StringComparison.Ordinal) ? $"proofs/{problem.Subject}"
            : null;
        return new SarifResult(rule, level, message, uri, null);
    }
}
