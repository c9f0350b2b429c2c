using System.Text;
using DioVerify.Engine.Properties;
using DioVerify.Reporting;
using DioVerify.Smt.Record;

namespace DioVerify.Cli.Commands;

/// <summary>
/// The kill matrix: every planted fault against every checker — exhaustive exploration, FsCheck and, when the
/// proofs run, the three solvers. A fault some checker misses is a problem: that checker could not fail.
/// </summary>
public sealed class KillMatrix
{
    private KillMatrix(string text, IReadOnlyList<string> missed)
    {
        Text = text;
        Missed = missed;
    }

    public string Text { get; }

    /// <summary>The planted faults some checker missed, as <c>policy property</c>.</summary>
    public IReadOnlyList<string> Missed { get; }

    /// <param name="solvers">Each obligation's solver answers; null without the proofs (no solver columns).</param>
    public static KillMatrix Of(
        IReadOnlyList<CheckRow> explored,
        FsCheckColumn fsCheck,
        IReadOnlyDictionary<(string Policy, PropertyId Property), IReadOnlyList<SolverAnswer>>? solvers = null)
    {
        var names = solvers?.Values.FirstOrDefault()?.Select(a => a.Solver).ToList() ?? [];
        var missed = new List<string>();
        var text = new StringBuilder();
        text.AppendLine("kill matrix: each planted fault against each checker (caught = a counterexample found and replayed; caught@n = FsCheck shrank it to n BIOs)");
        text.AppendLine($"  {"planted fault",-32} {"explore",-9} {"fscheck",-10} {string.Join(" ", names.Select(s => $"{Short(s),-12}"))}".TrimEnd());
        foreach (var row in explored)
        {
            foreach (var property in row.Policy.Expected.Violated)
            {
                var byExplore = row.Cells[property].RefutedAtBios is not null;
                var byFsCheck = fsCheck[row.Policy, property];
                var bySolvers = solvers is not null && solvers.TryGetValue((row.Policy.Name, property), out var answers) ? answers.Select(a => a.Verdict == "refuted").ToList() : [];
                text.AppendLine($"  {row.Policy.Name + " " + property,-32} {Caught(byExplore),-9} {byFsCheck.Text,-10} {string.Join(" ", bySolvers.Select(c => $"{Caught(c),-12}"))}".TrimEnd());
                if (!byExplore || !byFsCheck.Caught || bySolvers.Contains(false)) missed.Add($"{row.Policy.Name} {property}");
            }
        }

        return new KillMatrix(text.ToString(), missed);
    }

    private static string Caught(bool caught) => caught ? "caught" : "MISSED";

    private static string Short(string solver) =>
        solver == "z3-api" ? "z3-api"
        : solver.Contains("cvc5", StringComparison.OrdinalIgnoreCase) ? "cvc5"
        : solver.Contains("z3", StringComparison.OrdinalIgnoreCase) ? "z3-cli"
        : solver;
}
