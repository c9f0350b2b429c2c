using System.Diagnostics;
using DioVerify.Smt.Solving;
using Microsoft.Z3;
using Xunit;

namespace DioVerify.Smt.Tests.Solving;

/// <summary>
/// A term outside the declared logic is a named error when the script is built, not an <c>(error …)</c> line from
/// the solver that reads it (issue 13, item 3).
/// </summary>
public sealed class LinearLogicRefusesNonlinearTerms : IDisposable
{
    private readonly Z3Session session = new();

    public void Dispose() => session.Dispose();

    [Fact]
    public void A_product_of_two_variables_in_QF_LIA_is_a_logic_violation_naming_the_term()
    {
        var e = session.Run(scope => Assert.Throws<LogicViolationException>(() => scope.ToSmtLib2(Problems.Hard(scope), "QF_LIA")));

        Assert.Equal("QF_LIA", e.Logic);
        Assert.Equal("product of two non-numeral terms", e.Reason);
        Assert.Matches(@"^\(\* [xyz] ", e.Term);
        Assert.Contains(e.Term, e.Message);
    }

    [Fact]
    public void The_same_assertions_are_fine_in_a_nonlinear_logic()
    {
        var script = session.Run(scope => scope.ToSmtLib2(Problems.Hard(scope), "QF_NIA"));

        Assert.Contains("(set-logic QF_NIA)", script);
    }

    [Fact]
    public void Multiplying_by_a_numeral_is_linear()
    {
        var script = session.Run(scope => scope.ToSmtLib2(Problems.LinearSat(scope).Assertions, "QF_LIA"));

        Assert.Contains("(check-sat)", script);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("mod")]
    [InlineData("rem")]
    public void Division_by_a_variable_is_a_logic_violation_and_by_a_numeral_is_not(string operation)
    {
        session.Run(scope =>
        {
            var c = scope.Context;
            var x = c.MkIntConst("x");
            var y = c.MkIntConst("y");
            IntExpr Apply(IntExpr divisor) => operation switch
            {
                "div" => (IntExpr)c.MkDiv(x, divisor),
                "mod" => c.MkMod(x, divisor),
                _ => c.MkRem(x, divisor),
            };

            var e = Assert.Throws<LogicViolationException>(() => scope.ToSmtLib2([c.MkEq(Apply(y), c.MkInt(1))], "QF_LIA"));
            Assert.Equal($"{operation} by a non-numeral term", e.Reason);
            scope.ToSmtLib2([c.MkEq(Apply(c.MkInt(4096)), c.MkInt(1))], "QF_LIA");
        });
    }

    [Fact]
    public void A_deeply_shared_term_is_walked_once_per_node()
    {
        // t(i+1) = t(i) + t(i): 200 nodes as a DAG, 2^200 as a tree. A walk without memoisation never ends.
        var clock = Stopwatch.StartNew();
        session.Run(scope =>
        {
            var c = scope.Context;
            ArithExpr linear = c.MkIntConst("x");
            ArithExpr nonlinear = c.MkMul(c.MkIntConst("x"), c.MkIntConst("y"));
            for (var i = 0; i < 200; i++)
            {
                linear = c.MkAdd(linear, linear);
                nonlinear = c.MkAdd(nonlinear, nonlinear);
            }

            Assert.Throws<LogicViolationException>(() => scope.ToSmtLib2([c.MkGt(nonlinear, c.MkInt(0))], "QF_LIA"));
            Assert.Contains("(check-sat)", scope.ToSmtLib2([c.MkGt(linear, c.MkInt(0))], "QF_LIA"));
        });

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }
}
