using System.CommandLine;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Exploration;
using DioVerify.Reporting;
using DioVerify.Reporting.Html;

namespace DioVerify.Cli.Commands;

/// <summary>
/// <c>dioverify check</c>, the main job: every (policy, property) verdict as the catalog expects?
/// Explores every policy exhaustively at 0..N BIOs, runs FsCheck on every policy × property, replays each
/// counterexample through the engine, and prints one table and the kill matrix.
/// </summary>
public static class CheckCommand
{
    public const int DefaultMaxBios = 5;

    /// <summary>Three BIOs is the smallest bound at which every planted fault is refuted (P3 faults need ok, eio, ok).</summary>
    public const int DefaultProofBios = 3;

    public static Command Create()
    {
        var maxBios = new Option<int>("--max-bios") { Description = "Explore exhaustively at 0..N BIOs, N from 1 to 7", DefaultValueFactory = _ => DefaultMaxBios };
        var proofBios = new Option<int>("--proof-bios") { Description = "Bound of the SMT obligations in proofs/", DefaultValueFactory = _ => DefaultProofBios };
        var update = new Option<bool>("--update") { Description = "Rewrite proofs/ (obligations and ledger) instead of failing on drift" };
        var noProofs = new Option<bool>("--no-proofs") { Description = "Explore only; skip the SMT obligations" };
        var proofs = new Option<string?>("--proofs") { Description = "The proofs directory (default: proofs/ of this checkout)" };
        var timeout = new Option<double>("--timeout") { Description = "Seconds per obligation per solver", DefaultValueFactory = _ => 120 };
        var fsCheckTests = new Option<int>("--fscheck-tests") { Description = $"FsCheck cases per policy × property (fixed seed {FsCheckColumn.Seed})", DefaultValueFactory = _ => FsCheckColumn.DefaultTests };
        var html = HtmlReportOption.Create("the report (the policy × property matrix, each refuted cell linked to its counterexample)");
        var command = new Command("check", "The main job for CI and users: explore every policy exhaustively, re-prove proofs/ with three solvers, and compare every verdict with the catalog; exit 0 if all is as expected")
        {
            maxBios, proofBios, update, noProofs, proofs, timeout, fsCheckTests, html,
        };
        command.SetAction(parsed =>
        {
            var n = parsed.GetValue(maxBios);
            if (n is < 1 or > 7) throw CliException.Usage($"--max-bios must be between 1 and 7 (got {n})");
            var tests = parsed.GetValue(fsCheckTests);
            if (tests is < 1 or > 1_000_000) throw CliException.Usage($"--fscheck-tests must be between 1 and 1000000 (got {tests})");
            var htmlTarget = HtmlReportOption.Target(parsed.GetValue(html));
            var total = PolicyCatalog.All.Count * Enumerable.Range(0, n + 1).Sum(Explorer.ExhaustiveCount);
            var results = ConsoleProgress.Run("exploring every policy", total, progress =>
                PolicyCatalog.All.SelectMany(p => Enumerable.Range(0, n + 1).Select(b => Explorer.Exhaustive(p, b, progress))).ToList());
            var rows = CheckTable.Build(results, ExploreReport.ProducedBy);
            ConfirmReplays(rows);
            Console.Write(CheckTable.Text(rows, n, results.Sum(r => r.Schedules), TimeSpan.FromTicks(results.Sum(r => r.Elapsed.Ticks))));
            var explored = rows.All(r => r.AsExpected);
            var fsCheck = FsCheckColumn.Run(tests);
            if (parsed.GetValue(noProofs))
            {
                var killMatrix = KillMatrix.Of(rows, fsCheck).Text + fsCheck.Summary();
                Console.Write(killMatrix);
                HtmlReportOption.Write(htmlTarget, () => CheckReportHtml.Render(rows, results, n, proofs: null, killMatrix));
                return (int)(explored && fsCheck.Ok ? ExitCode.Ok : ExitCode.Violated);
            }

            var bound = parsed.GetValue(proofBios);
            if (bound is < 0 or > 16) throw CliException.Usage($"--proof-bios must be between 0 and 16 (got {bound})");
            var directory = parsed.GetValue(proofs) ?? Path.Combine(RepoRoot.Find() ?? Directory.GetCurrentDirectory(), "proofs");
            var proofCheck = new ProofCheck(directory, bound, TimeSpan.FromSeconds(parsed.GetValue(timeout)));
            proofCheck.Run(parsed.GetValue(update));
            var matrix = proofCheck.KillMatrix(rows, fsCheck);
            var proofTable = proofCheck.Table();
            Console.Write(proofTable);
            Console.Write(matrix);
            Console.Write(fsCheck.Summary());
            HtmlReportOption.Write(htmlTarget, () => CheckReportHtml.Render(rows, results, n, proofTable, matrix + fsCheck.Summary(), proofCheck.Answers));
            if (!explored || !fsCheck.Ok) return (int)ExitCode.Violated;
            return (int)(proofCheck.Ok ? ExitCode.Ok : proofCheck.AnyUnknown ? ExitCode.Unknown : ExitCode.Violated);
        });
        return command;
    }

    /// <summary>Every counterexample must fail again when replayed; if not, the explorer and engine disagree.</summary>
    private static void ConfirmReplays(IEnumerable<CheckRow> rows)
    {
        foreach (var row in rows)
        {
            foreach (var (property, cell) in row.Cells)
            {
                if (cell.Counterexample is not { } schedule) continue;
                var replayed = Replay.Run(row.Policy, schedule);
                if (replayed.Verdicts.Single(v => v.Property == property).Holds != false)
                {
                    throw new CliException(ExitCode.Internal, $"the {row.Policy.Name} counterexample for {property} does not fail when replayed; explorer and engine disagree");
                }
            }
        }
    }
}
