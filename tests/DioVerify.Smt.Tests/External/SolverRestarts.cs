using DioVerify.Smt.Solving;
using Xunit;

namespace DioVerify.Smt.Tests.External;

/// <summary>
/// A command-line solver that leaves a query unanswered restarts, under its next argument set, on the queries not yet
/// answered (as cvc5 does between its incremental and non-incremental modes); answers from every attempt count
/// together, and a query no attempt answers within the whole budget is unknown, never proved.
/// </summary>
public sealed class SolverRestarts : IDisposable
{
    private const string TwoQueries = "(declare-const x Int)\n(assert (> x 0))\n(check-sat)\n(reset)\n(declare-const y Int)\n(assert (< y 0))\n(check-sat)\n(reset)\n";

    /// <summary>In mode "slow": keeps its input, answers the first query and stalls. In mode "fast": keeps its input and answers every query it was sent.</summary>
    private const string SlowThenFast =
        "cat > \"$DIR/received-$1\"\n" +
        "case \"$1\" in\n" +
        "  slow) echo unsat; exec sleep 60 ;;\n" +
        "  fast) n=$(grep -c check-sat \"$DIR/received-$1\"); while [ \"$n\" -gt 0 ]; do echo \"${ANSWER:-unsat}\"; n=$((n-1)); done ;;\n" +
        "esac";

    private static readonly string[][] Modes = [["slow"], ["fast"]];

    private readonly FakeSolver fake = new();

    public void Dispose() => fake.Dispose();

    [Fact]
    public void A_stalled_query_is_answered_by_the_next_mode_and_only_unanswered_queries_are_sent_again()
    {
        var solver = fake.Behaving(SlowThenFast, Modes);

        var (verdict, detail, _) = solver.SolveScript(TwoQueries, TimeSpan.FromSeconds(30));

        Assert.Equal(SolverVerdict.Unsat, verdict);
        Assert.Equal("2 of 2 queries unsat", detail);
        var resent = File.ReadAllText(Path.Combine(Path.GetDirectoryName(fake.Received)!, "received-fast"));
        Assert.DoesNotContain("declare-const x", resent);
        Assert.Contains("declare-const y", resent);
    }

    [Fact]
    public void A_sat_from_a_restarted_attempt_is_a_refutation()
    {
        var solver = fake.Behaving("ANSWER=sat\n" + SlowThenFast, Modes);

        var (verdict, _, _) = solver.SolveScript(TwoQueries, TimeSpan.FromSeconds(30));

        Assert.Equal(SolverVerdict.Sat, verdict);
    }

    [Fact]
    public void A_query_no_mode_answers_within_the_budget_is_unknown()
    {
        var solver = fake.Behaving("cat > /dev/null\nexec sleep 60", Modes);

        var (verdict, detail, _) = solver.SolveScript(TwoQueries, TimeSpan.FromSeconds(7));

        Assert.Equal(SolverVerdict.Unknown, verdict);
        Assert.Equal("no answer to query 1 of 2 within the 7 s budget per query (0 of 2 answers)", detail);
    }

    [Fact]
    public void An_error_an_earlier_attempt_printed_before_its_restart_makes_the_run_unknown()
    {
        var solver = fake.Behaving("[ \"$1\" = slow ] && echo '(error \"out of memory\")' >&2\n" + SlowThenFast, Modes);

        var (verdict, detail, _) = solver.SolveScript(TwoQueries, TimeSpan.FromSeconds(30));

        Assert.Equal(SolverVerdict.Unknown, verdict);
        Assert.StartsWith("error line on stderr", detail);
    }
}
