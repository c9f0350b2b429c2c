using DioVerify.Smt.Solving;
using Xunit;

namespace DioVerify.Smt.Tests.External;

/// <summary>
/// Issue 13: no path from a killed, erroring, silent or chattering solver run to "proved". Each case is a fake
/// solver that misbehaves in one way; the verdict must be unknown with the reason, never unsat (and never sat
/// from an erroring run).
/// </summary>
public sealed class StrictReadingOfSolverAnswers : IDisposable
{
    private const string TwoQueries = "(declare-const x Int)\n(assert (> x 0))\n(check-sat)\n(reset)\n(declare-const y Int)\n(assert (< y 0))\n(check-sat)\n(reset)\n";
    private const string OneQuery = "(declare-const x Int)\n(assert (> x 0))\n(check-sat)\n";

    /// <summary>Reads all of stdin (as a solver does), then behaves as told.</summary>
    private const string ReadAll = "cat > /dev/null";

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    private readonly FakeSolver fake = new();

    public void Dispose() => fake.Dispose();

    [Fact]
    public void Killed_solver_is_unknown_never_proved()
    {
        var solver = fake.Behaving($"{ReadAll}\necho unsat\nkill -9 $$");

        var (verdict, detail, _) = solver.SolveScript(TwoQueries, Budget);

        Assert.Equal(SolverVerdict.Unknown, verdict);
        Assert.Equal("killed by signal 9 (exit status 137) after 1 of 2 answers", detail);
    }

    [Fact]
    public void Error_line_then_sat_is_unknown_never_refuted()
    {
        // What z3 4.8.12 prints for a nonlinear term in a QF_LIA file.
        var solver = fake.Behaving($"{ReadAll}\necho '(error \"line 1 column 82: logic does not support nonlinear arithmetic\")'\necho sat\nexit 1");

        var (verdict, detail, _) = solver.SolveScript(OneQuery, Budget);

        Assert.Equal(SolverVerdict.Unknown, verdict);
        Assert.StartsWith("error line: (error \"line 1 column 82: logic does not support nonlinear", detail);
    }

    [Fact]
    public void Error_line_on_stderr_is_never_an_answer()
    {
        var solver = fake.Behaving($"{ReadAll}\necho '(error \"unsupported\")' >&2\necho unsat\necho sat");

        var (verdict, detail, _) = solver.SolveScript(TwoQueries, Budget);

        Assert.Equal(SolverVerdict.Unknown, verdict);
        Assert.Equal("error line on stderr: (error \"unsupported\")", detail);
    }

    [Fact]
    public void Error_line_between_unsat_answers_is_unknown_never_proved()
    {
        var solver = fake.Behaving($"{ReadAll}\necho unsat\necho '(error \"x\")'\necho unsat");

        Assert.Equal(SolverVerdict.Unknown, solver.SolveScript(TwoQueries, Budget).Verdict);
    }

    [Fact]
    public void Missing_answers_are_unknown_never_proved()
    {
        var solver = fake.Behaving($"{ReadAll}\necho unsat\nexit 0");

        var (verdict, detail, _) = solver.SolveScript(TwoQueries, Budget);

        Assert.Equal(SolverVerdict.Unknown, verdict);
        Assert.Equal("missing answers: 1 of 2 answers, then exit status 0", detail);
    }

    [Fact]
    public void Silent_solver_is_unknown_never_proved()
    {
        var solver = fake.Behaving($"{ReadAll}\nexit 0");

        Assert.Equal(SolverVerdict.Unknown, solver.SolveScript(OneQuery, Budget).Verdict);
    }

    [Fact]
    public void Extra_answers_are_unknown_never_proved()
    {
        var solver = fake.Behaving($"{ReadAll}\necho unsat\necho unsat");

        var (verdict, detail, _) = solver.SolveScript(OneQuery, Budget);

        Assert.Equal(SolverVerdict.Unknown, verdict);
        Assert.StartsWith("extra answers", detail);
    }

    [Fact]
    public void Nonzero_exit_after_every_answer_is_unknown_never_proved()
    {
        var solver = fake.Behaving($"{ReadAll}\necho unsat\necho unsat\nexit 1");

        var (verdict, detail, _) = solver.SolveScript(TwoQueries, Budget);

        Assert.Equal(SolverVerdict.Unknown, verdict);
        Assert.Equal("exit status 1 after 2 of 2 answers", detail);
    }

    [Fact]
    public void Garbage_on_stdout_is_unknown_never_proved()
    {
        var solver = fake.Behaving($"{ReadAll}\necho unsat\necho 'unsat, probably'");

        var (verdict, detail, _) = solver.SolveScript(TwoQueries, Budget);

        Assert.Equal(SolverVerdict.Unknown, verdict);
        Assert.Equal("unexpected output on stdout line 2: 'unsat, probably'", detail);
    }

    [Fact]
    public void An_unknown_answer_is_unknown()
    {
        var solver = fake.Behaving($"{ReadAll}\necho unsat\necho unknown");

        var (verdict, detail, _) = solver.SolveScript(TwoQueries, Budget);

        Assert.Equal(SolverVerdict.Unknown, verdict);
        Assert.Equal("answer 'unknown' to query 2 of 2", detail);
    }

    [Fact]
    public void A_solver_that_outlives_its_budget_is_stopped_and_unknown()
    {
        var solver = fake.Behaving($"{ReadAll}\necho unsat\nexec sleep 60");

        var (verdict, detail, elapsed) = solver.SolveScript(TwoQueries, TimeSpan.FromSeconds(0.5));

        Assert.Equal(SolverVerdict.Unknown, verdict);
        Assert.Equal("no answer to query 2 of 2 within the 0.5 s budget per query (1 of 2 answers)", detail);
        Assert.True(elapsed < TimeSpan.FromSeconds(15), $"the solver was not stopped: {elapsed}");
    }

    [Fact]
    public void The_budget_is_per_query_so_a_script_longer_than_one_budget_is_still_decided()
    {
        // Each answer comes 3 s after the one before, within the 5 s budget per query; the two take 6 s together.
        var solver = fake.Behaving($"{ReadAll}\nsleep 3\necho unsat\nsleep 3\necho unsat");

        var (verdict, detail, elapsed) = solver.SolveScript(TwoQueries, TimeSpan.FromSeconds(5));

        Assert.Equal(SolverVerdict.Unsat, verdict);
        Assert.Equal("2 of 2 queries unsat", detail);
        Assert.True(elapsed > TimeSpan.FromSeconds(5), $"the script ran {elapsed}, not longer than one budget");
    }

    [Fact]
    public void Sat_after_only_unsat_answers_is_a_refutation_and_the_solver_is_stopped_there()
    {
        var solver = fake.Behaving($"{ReadAll}\necho unsat\necho sat\nexec sleep 60");

        var (verdict, detail, elapsed) = solver.SolveScript(TwoQueries, Budget);

        Assert.Equal(SolverVerdict.Sat, verdict);
        Assert.Equal("sat at query 2 of 2", detail);
        Assert.True(elapsed < TimeSpan.FromSeconds(15), $"the solver was not stopped at the sat: {elapsed}");
    }

    [Fact]
    public void One_unsat_per_query_and_exit_status_0_is_proved_and_the_solver_read_exactly_the_script_from_stdin()
    {
        // Answers one unsat per (check-sat) line it reads, so the count comes from what reached its stdin.
        var solver = fake.Behaving("tee \"$DIR/received\" | grep -F '(check-sat)' | while read -r _; do echo unsat; done");

        var (verdict, detail, _) = solver.SolveScript(TwoQueries, Budget);

        Assert.Equal(SolverVerdict.Unsat, verdict);
        Assert.Equal("2 of 2 queries unsat", detail);
        Assert.Equal(TwoQueries, File.ReadAllText(fake.Received));
    }

    [Fact]
    public void A_script_file_is_read_once_and_piped_so_the_answers_are_counted_against_the_text_solved()
    {
        var solver = fake.Behaving("tee \"$DIR/received\" | grep -F '(check-sat)' | while read -r _; do echo unsat; done");
        var path = Path.Combine(Path.GetDirectoryName(fake.Received)!, "obligation.smt2");
        File.WriteAllText(path, TwoQueries);

        var (verdict, _, _) = solver.Solve(path, Budget);

        Assert.Equal(SolverVerdict.Unsat, verdict);
        Assert.Equal(TwoQueries, File.ReadAllText(fake.Received));
    }

    [Fact]
    public void A_script_with_no_query_proves_nothing()
    {
        var solver = fake.Behaving($"{ReadAll}\nexit 0");

        var (verdict, detail, _) = solver.SolveScript("(declare-const x Int)\n", Budget);

        Assert.Equal(SolverVerdict.Unknown, verdict);
        Assert.Contains("no (check-sat)", detail);
    }

    [Fact]
    public void A_missing_solver_is_unknown()
    {
        var solver = new DioVerify.Smt.External.ExternalSolver("nowhere", "/nonexistent/dioverify-solver", []);

        var (verdict, detail, _) = solver.SolveScript(OneQuery, Budget);

        Assert.Equal(SolverVerdict.Unknown, verdict);
        Assert.Contains("not installed", detail);
    }
}
