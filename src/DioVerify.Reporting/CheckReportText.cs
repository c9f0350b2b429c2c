using System.Text;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Check;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Reporting;

/// <summary><c>check</c>'s report as text: the exploration table, the proofs, the kill matrix, FsCheck, the problems, one closing line.</summary>
public static class CheckReportText
{
    public static string Render(CheckReport report) =>
        (report.Shard is { } shard ? $"check: shard {shard}: this report holds only this shard's part of the work; 'dioverify merge' combines the {shard.Count} parts\n" : "")
        + Exploration(report.Exploration)
        + (report.Proofs is { } proofs ? Proofs(proofs) : "")
        + (report.Unbounded is { } unbounded ? Proofs(unbounded, "unbounded proofs: every policy × property for every number of BIOs, each certificate in proofs/unbounded/ re-checked") : "")
        + KillMatrix(report.KillMatrix)
        + FsCheck(report.FsCheck)
        + Problems(report.Problems)
        + Closing(report);

    public static string Exploration(ExplorationTable table)
    {
        var text = new StringBuilder();
        text.AppendLine($"check: exhaustive exploration at 0..{table.MaxBios} BIOs: explore's fixed request shapes × every outcome vector × every arrival order");
        AppendMatrix(text, table.Rows.Select(r => (r.Policy.Name, (IReadOnlyDictionary<PropertyId, string>)r.Cells.ToDictionary(c => c.Key, c => c.Value.Text), r.AsExpected ? "as expected" : "NOT AS EXPECTED")));
        var bad = table.NotAsExpected;
        text.AppendLine($"  holds = no violation up to {table.MaxBios} BIOs; refuted@n = smallest violating schedule has n BIOs (replayed and confirmed)");
        text.AppendLine($"{table.Schedules:N0} schedules in {table.Elapsed.TotalSeconds:F1} s of exploration; " +
            (bad == 0 ? "every verdict as expected" : $"{bad} verdict(s) NOT as expected"));
        return text.ToString();
    }

    public static string Proofs(ProofTable proofs, string title = "proofs: every policy × property")
    {
        var text = new StringBuilder();
        text.AppendLine($"{title}, decided by {string.Join(", ", proofs.Solvers)} (n/{proofs.Solvers.Count} = solvers giving that verdict)");
        text.AppendLine($"  domain: {proofs.Domain}");
        AppendMatrix(text, proofs.Rows.GroupBy(r => r.Obligation.Policy.Name).Select(g => (
            g.Key,
            (IReadOnlyDictionary<PropertyId, string>)g.ToDictionary(r => r.Obligation.Property, r => $"{Expectation.Cell(r.Judgement, r.Result.Verdict.Text())} {r.Agreeing}/{r.Answers.Count}"),
            g.All(r => r.Judgement == Judgement.AsExpected) ? "as expected" : "NOT AS EXPECTED")));
        text.AppendLine($"{proofs.Rows.Count} obligations, {proofs.InProcess.TotalSeconds:F1} s in-process; {proofs.FromCache} of {proofs.Answers} solver answers from the cache");
        foreach (var method in proofs.Rows.Select(r => r.Result.MethodName is null ? r.Result.Method : $"{r.Result.MethodName}: {r.Result.Method}").Distinct()) text.AppendLine($"  method: {method}");
        return text.ToString();
    }

    public static string KillMatrix(KillMatrix matrix)
    {
        var text = new StringBuilder();
        text.AppendLine("kill matrix: each planted fault against each checker (caught = a counterexample found and replayed; caught@n = FsCheck shrank it to n BIOs)");
        text.AppendLine($"  {"planted fault",-32} {string.Join(" ", matrix.Columns.Select(c => $"{c,-10}"))}".TrimEnd());
        foreach (var row in matrix.Rows)
        {
            text.AppendLine($"  {row.Policy + " " + row.Property,-32} {string.Join(" ", row.Entries.Select(e => $"{e.Text,-10}"))}".TrimEnd());
        }

        var missed = matrix.Missed.Count();
        var undecided = matrix.Rows.Count(r => r.Entries.Any(e => e.Ran && e.Judgement == Judgement.Unknown));
        var skipped = matrix.Rows.Count(r => r.Entries.Any(e => !e.Ran));
        text.AppendLine(missed == 0 && undecided == 0
            ? skipped == 0 ? $"every checker caught all {matrix.Rows.Count} planted faults" : $"every checker that ran here caught its planted faults ({skipped} of {matrix.Rows.Count} rows have checkers run by other shards: skipped)"
            : string.Join("; ", new[]
            {
                missed == 0 ? null : $"{missed} planted fault(s) MISSED by some checker: that checker could not fail",
                undecided == 0 ? null : $"{undecided} planted fault(s) not decided by some checker (not run, or no answer)",
            }.OfType<string>()));
        return text.ToString();
    }

    public static string FsCheck(FsCheckColumn column)
    {
        var text = new StringBuilder();
        var planted = column.Cells.Where(c => !c.Policy.Expected.Holds(c.Property)).ToList();
        var claimed = column.Cells.Where(c => c.Policy.Expected.Holds(c.Property)).ToList();
        var violated = claimed.Where(c => c.Judgement == Judgement.UnexpectedViolation).ToList();
        text.AppendLine($"FsCheck: {column.Tests:N0} generated schedules per policy × property (seed {column.Seed}), {column.Elapsed.TotalSeconds:F1} s; " +
            $"{planted.Count(c => c.Caught)} of {planted.Count} planted faults caught; " +
            (violated.Count == 0
                ? $"none of the {claimed.Count} properties the policies claim was violated"
                : $"{violated.Count} of the {claimed.Count} properties the policies claim {Judgement.UnexpectedViolation.Label()}"));
        foreach (var cell in violated)
        {
            text.AppendLine($"  {cell.Policy.Name} {cell.Property}: {Judgement.UnexpectedViolation.Label()}, shrunk to {cell.Shrunk!.Outcomes.Length} BIOs, replayed and confirmed (dioverify replay FILE):");
            text.Append(ScheduleWriter.Write(cell.Shrunk));
        }

        return text.ToString();
    }

    public static string Problems(IReadOnlyList<CheckProblem> problems)
    {
        var text = new StringBuilder();
        foreach (var problem in problems) text.AppendLine($"  PROBLEM ({Kind(problem.Kind)}) {problem}");
        return text.ToString();
    }

    public static string Closing(CheckReport report) => report.Outcome switch
    {
        CheckOutcome.AsExpected => "check: every verdict as expected\n",
        CheckOutcome.NotAsExpected => "check: NOT everything as expected (see above)\n",
        CheckOutcome.Unknown => "check: as expected where decided, but some verdicts are UNKNOWN\n",
        _ => "check: INTERNAL ERROR — DioVerify contradicted itself (see PROBLEM lines); please report it\n",
    };

    public static string Kind(ProblemKind kind) => kind switch
    {
        ProblemKind.Mismatch => "mismatch",
        ProblemKind.Unknown => "unknown",
        _ => "internal",
    };

    private static void AppendMatrix(StringBuilder text, IEnumerable<(string Policy, IReadOnlyDictionary<PropertyId, string> Cells, string Verdict)> rows)
    {
        text.Append($"  {"policy",-22}");
        foreach (var p in PropertyCatalog.All) text.Append($" {p,-13}");
        text.AppendLine(" verdict");
        foreach (var (policy, cells, verdict) in rows)
        {
            text.Append($"  {policy,-22}");
            foreach (var p in PropertyCatalog.All) text.Append($" {cells.GetValueOrDefault(p, ""),-13}");
            text.AppendLine($" {verdict}");
        }
    }
}
