using System.CommandLine;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Exploration;
using DioVerify.Reporting;

namespace DioVerify.Cli.Commands;

/// <summary>
/// <c>dioverify check</c>, the main job: every (policy, property) verdict as the catalog expects?
/// Explores every policy exhaustively at 0..N BIOs, replays each counterexample through the engine,
/// and prints one table.
/// </summary>
public static class CheckCommand
{
    public const int DefaultMaxBios = 5;

    public static Command Create()
    {
        var maxBios = new Option<int>("--max-bios") { Description = "Explore exhaustively at 0..N BIOs, N from 1 to 7", DefaultValueFactory = _ => DefaultMaxBios };
        var command = new Command("check", "The main job for CI and users: is every property of every policy as expected? Exit 0 if so, 1 if not")
        {
            maxBios,
        };
        command.SetAction(parsed =>
        {
            var n = parsed.GetValue(maxBios);
            if (n is < 1 or > 7) throw CliException.Usage($"--max-bios must be between 1 and 7 (got {n})");
            var total = PolicyCatalog.All.Count * Enumerable.Range(0, n + 1).Sum(Explorer.ExhaustiveCount);
            var results = ConsoleProgress.Run("exploring every policy", total, progress =>
                PolicyCatalog.All.SelectMany(p => Enumerable.Range(0, n + 1).Select(b => Explorer.Exhaustive(p, b, progress))).ToList());
            var rows = CheckTable.Build(results, ExploreReport.ProducedBy);
            ConfirmReplays(rows);
            Console.Write(CheckTable.Text(rows, n, results.Sum(r => r.Schedules), TimeSpan.FromTicks(results.Sum(r => r.Elapsed.Ticks))));
            return (int)(rows.All(r => r.AsExpected) ? ExitCode.Ok : ExitCode.Violated);
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
