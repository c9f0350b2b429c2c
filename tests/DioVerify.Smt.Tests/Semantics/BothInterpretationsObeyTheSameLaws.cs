using System.Numerics;
using DioVerify.Engine.Algebra;
using DioVerify.Smt.Solving;
using Microsoft.Z3;
using Xunit;

namespace DioVerify.Smt.Tests.Semantics;

/// <summary>
/// The algebra's one semantics (IAlgebra's remarks), checked by <see cref="AlgebraLaws"/>: the reference
/// interpretation and the symbolic one, with its side conditions, give the same value or both "undefined" for
/// every operation on operands of both signs up to ±2^63, and each obeys the Euclidean law.
/// </summary>
public sealed class BothInterpretationsObeyTheSameLaws : IDisposable
{
    private readonly Z3Session session = new();

    public void Dispose() => session.Dispose();

    [Fact]
    public void ConcreteAlgebra_and_Z3Algebra_agree_on_every_operation_including_negative_operands_and_the_ends_of_long()
    {
        var concrete = AlgebraLaws.Table<bool, long>(() => (ConcreteAlgebra.Instance, () => false), v => v);
        var symbolic = session.Run(scope => AlgebraLaws.Table<BoolExpr, IntExpr>(() => Checked(scope), Numeral));

        var differences = concrete.Zip(symbolic).Where(p => p.First != p.Second).Select(p => $"concrete {p.First} | symbolic {p.Second}").ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));
    }

    [Fact]
    public void Both_interpretations_divide_Euclidean_style()
    {
        Assert.Empty(AlgebraLaws.EuclideanViolations<bool, long>(() => (ConcreteAlgebra.Instance, () => false), v => v));
        Assert.Empty(session.Run(scope => AlgebraLaws.EuclideanViolations<BoolExpr, IntExpr>(() => Checked(scope), Numeral)));
    }

    [Theory]
    [InlineData(-7, 2, -4, 1)]
    [InlineData(7, -2, -3, 1)]
    [InlineData(-7, -2, 4, 1)]
    [InlineData(-4096, 4096, -1, 0)]
    [InlineData(long.MinValue, 3, -3074457345618258603, 1)]
    [InlineData(long.MinValue, long.MinValue, 1, 0)]
    [InlineData(long.MaxValue, long.MinValue, 0, long.MaxValue)]
    [InlineData(long.MinValue, long.MaxValue, -2, long.MaxValue - 1)]
    public void ConcreteAlgebra_divides_as_SMT_LIB_does_not_as_CSharp_truncates(long x, long y, long quotient, long remainder)
    {
        Assert.Equal(quotient, ConcreteAlgebra.Instance.Div(x, y));
        Assert.Equal(remainder, ConcreteAlgebra.Instance.Mod(x, y));
    }

    [Theory]
    [InlineData("Add", long.MaxValue, 1)]
    [InlineData("Sub", long.MinValue, 1)]
    [InlineData("Mul", 1L << 32, 1L << 31)]
    [InlineData("Div", long.MinValue, -1)]
    [InlineData("Div", 5, 0)]
    [InlineData("Mod", 5, 0)]
    public void ConcreteAlgebra_throws_one_typed_error_where_the_result_is_not_a_long(string operation, long x, long y)
    {
        var a = ConcreteAlgebra.Instance;
        Func<long, long, long> run = operation switch
        {
            "Add" => a.Add,
            "Sub" => a.Sub,
            "Mul" => a.Mul,
            "Div" => a.Div,
            _ => a.Mod,
        };

        var error = Assert.Throws<UndefinedArithmeticException>(() => run(x, y));
        Assert.StartsWith($"{operation}({x}, {y})", error.Operation);
    }

    [Fact]
    public void Z3Algebra_refuses_to_fold_a_division_by_the_numeral_zero_rather_than_leave_Z3_to_choose_its_value()
    {
        session.Run(scope =>
        {
            var a = scope.Algebra;
            var x = scope.Context.MkIntConst("x");

            Assert.Throws<UndefinedArithmeticException>(() => a.Div(x, a.Int(0)));
            Assert.Throws<UndefinedArithmeticException>(() => a.Mod(a.Int(5), a.Int(0)));
        });
    }

    private static (IAlgebra<BoolExpr, IntExpr>, Func<bool>) Checked(Z3Scope scope)
    {
        var a = new CheckedAlgebra(scope.Algebra);
        return (a, () => a.Conditions.Count > 0);
    }

    private static BigInteger Numeral(IntExpr e) =>
        e is IntNum n ? n.BigInteger : throw new Xunit.Sdk.XunitException($"folding numerals built the term {e}");
}
