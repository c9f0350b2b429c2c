using DioVerify.Smt.Solving;
using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Smt.Tests;

public sealed class Z3SessionTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private readonly Z3Session session = new();

    public void Dispose() => session.Dispose();

    [Fact]
    public void A_satisfiable_linear_problem_is_sat_with_a_model_that_satisfies_it()
    {
        var (x, y) = session.Run(scope =>
        {
            var (assertions, x, y) = Problems.LinearSat(scope);
            var result = scope.Check(assertions, Generous);

            Assert.Equal(SolverVerdict.Sat, result.Verdict);
            Assert.Null(result.ReasonUnknown);
            return (result.Model!.Int(x), result.Model.Int(y));
        });

        Assert.Equal(11, x + (2 * y));
        Assert.True(x > y && y >= 2, $"x = {x}, y = {y}");
    }

    [Fact]
    public void An_unsatisfiable_linear_problem_is_unsat_without_a_model()
    {
        var result = session.Run(scope => scope.Check(Problems.LinearUnsat(scope), Generous));

        Assert.Equal(SolverVerdict.Unsat, result.Verdict);
        Assert.Null(result.Model);
    }

    [Fact]
    public void A_hard_nonlinear_problem_is_unknown_when_the_watchdog_interrupts_it()
    {
        var result = session.Run(scope => scope.Check(Problems.Hard(scope), TimeSpan.FromMilliseconds(500)));
        output.WriteLine($"{result.ReasonUnknown} after {result.Elapsed}");

        Assert.Equal(SolverVerdict.Unknown, result.Verdict);
        Assert.StartsWith("timeout", result.ReasonUnknown);
        Assert.InRange(result.Elapsed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Exhausting_the_resource_limit_is_unknown_before_the_timeout()
    {
        var result = session.Run(scope => scope.Check(Problems.Hard(scope), Generous, resourceLimit: 50_000));
        output.WriteLine($"{result.ReasonUnknown} after {result.Elapsed}");

        Assert.Equal(SolverVerdict.Unknown, result.Verdict);
        Assert.Contains("resource limit", result.ReasonUnknown);
        Assert.True(result.Elapsed < Generous / 2, $"took {result.Elapsed}");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("QF_LIA")]
    public void Every_random_seed_gives_the_same_verdicts(string? logic)
    {
        var verdicts = session.Run(scope => Enumerable.Range(0, 4).Select(seed => (
            Sat: scope.Check(Problems.LinearSat(scope).Assertions, Generous, logic: logic, seed: (uint)seed).Verdict,
            Unsat: scope.Check(Problems.LinearUnsat(scope), Generous, logic: logic, seed: (uint)seed).Verdict)).ToList());

        Assert.All(verdicts, v => Assert.Equal((SolverVerdict.Sat, SolverVerdict.Unsat), v));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("QF_LIA")]
    public void The_older_arithmetic_solver_gives_the_same_verdicts_and_a_model_that_satisfies_the_problem(string? logic)
    {
        var (sat, unsat, x, y) = session.Run(scope =>
        {
            var (assertions, x, y) = Problems.LinearSat(scope);
            var sat = scope.Check(assertions, Generous, resourceLimit: 500_000, logic: logic, legacyArithmetic: true);
            var unsat = scope.Check(Problems.LinearUnsat(scope), Generous, resourceLimit: 500_000, logic: logic, legacyArithmetic: true);
            return (sat.Verdict, unsat.Verdict, sat.Model?.Int(x), sat.Model?.Int(y));
        });

        Assert.Equal((SolverVerdict.Sat, SolverVerdict.Unsat), (sat, unsat));
        Assert.Equal(11, x + (2 * y));
    }

    [Fact]
    public void The_context_answers_again_after_an_interrupted_check()
    {
        session.Run(scope =>
        {
            Assert.Equal(SolverVerdict.Unknown, scope.Check(Problems.Hard(scope), TimeSpan.FromMilliseconds(200)).Verdict);
            Assert.Equal(SolverVerdict.Sat, scope.Check(Problems.LinearSat(scope).Assertions, Generous).Verdict);
        });
    }

    [Fact]
    public void An_interrupt_that_arrives_between_checks_does_not_spoil_the_next_one()
    {
        session.Run(scope =>
        {
            scope.Context.Interrupt();

            Assert.Equal(SolverVerdict.Sat, scope.Check(Problems.LinearSat(scope).Assertions, Generous).Verdict);
        });
    }

    [Fact]
    public void A_scope_and_its_model_cannot_be_used_after_the_callback_returns()
    {
        var (scope, model, x) = session.Run(scope =>
        {
            var (assertions, x, _) = Problems.LinearSat(scope);
            return (scope, scope.Check(assertions, Generous).Model!, x);
        });

        Assert.Throws<InvalidOperationException>(() => scope.Context);
        Assert.Throws<InvalidOperationException>(() => scope.Algebra.Int(1));
        Assert.Throws<InvalidOperationException>(() => model.Int(x));
    }

    [Fact]
    public void A_disposed_session_refuses_work()
    {
        session.Dispose();

        Assert.Throws<ObjectDisposedException>(() => session.Run(_ => { }));
    }
}
