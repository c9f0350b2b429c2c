using System.Numerics;
using DioVerify.Engine.Algebra;
using DioVerify.Smt.Solving;
using Microsoft.Z3;
using Xunit;

namespace DioVerify.Smt.Tests;

/// <summary>
/// Z3Algebra against ConcreteAlgebra, an oracle that shares no code with it: every operation on a few
/// hundred random operands, each operand passed either as a constant (exercising folding) or as a
/// symbol bound to the value (exercising Z3's own semantics).
/// </summary>
public sealed class Z3AlgebraDifferentialTests : IDisposable
{
    private const int Seed = 20_240_601;
    private const int Samples = 300;
    private const int ModelSamples = 20;

    private readonly Z3Session session = new();

    public static TheoryData<string> Operations => [.. AlgebraOperation.All.Select(operation => operation.Name)];

    public void Dispose() => session.Dispose();

    [Theory]
    [MemberData(nameof(Operations))]
    public void Z3Algebra_agrees_with_ConcreteAlgebra_on_random_constant_and_symbolic_operands(string name)
    {
        var operation = AlgebraOperation.All.Single(o => o.Name == name);
        var random = new Random(Seed);
        session.Run(scope =>
        {
            for (var sample = 0; sample < Samples; sample++)
            {
                var (ints, bools) = operation.Draw(random);
                var operands = Operands.Bind(scope, ints, bools, random);
                var term = operation.Symbolic(scope.Algebra, operands.Ints, operands.Bools);

                var actual = Value(term.Substitute(operands.Symbols, operands.Values).Simplify());

                Assert.True(
                    Equals(operation.Concrete(ConcreteAlgebra.Instance, ints, bools), actual),
                    Describe(operation, ints, bools, sample, $"simplified to {actual}, term {term}"));
            }
        });
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Z3Algebra_folds_constant_operands_to_the_concrete_result_without_building_a_term(string name)
    {
        var operation = AlgebraOperation.All.Single(o => o.Name == name);
        var random = new Random(Seed);
        session.Run(scope =>
        {
            var a = scope.Algebra;
            for (var sample = 0; sample < Samples; sample++)
            {
                var (ints, bools) = operation.Draw(random);
                var term = operation.Symbolic(a, [.. ints.Select(a.Int)], [.. bools.Select(a.Bool)]);

                Assert.True(
                    term is IntNum || term.BoolValue != Z3_lbool.Z3_L_UNDEF,
                    Describe(operation, ints, bools, sample, $"built the term {term}"));
                Assert.Equal(operation.Concrete(ConcreteAlgebra.Instance, ints, bools), Value(term));
            }
        });
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Z3Algebra_terms_evaluated_in_a_solver_model_agree_with_ConcreteAlgebra(string name)
    {
        var operation = AlgebraOperation.All.Single(o => o.Name == name);
        var random = new Random(Seed);
        session.Run(scope =>
        {
            for (var sample = 0; sample < ModelSamples; sample++)
            {
                var (ints, bools) = operation.Draw(random);
                var operands = Operands.Bind(scope, ints, bools, random);
                var term = operation.Symbolic(scope.Algebra, operands.Ints, operands.Bools);
                var bindings = operands.Symbols.Zip(operands.Values, scope.Context.MkEq);

                var result = scope.Check(bindings, TimeSpan.FromSeconds(30));

                Assert.Equal(SolverVerdict.Sat, result.Verdict);
                object actual = term is IntExpr i ? result.Model!.Int(i) : result.Model!.Bool((BoolExpr)term);
                Assert.True(
                    Equals(operation.Concrete(ConcreteAlgebra.Instance, ints, bools), actual),
                    Describe(operation, ints, bools, sample, $"evaluated to {actual} in the model"));
            }
        });
    }

    [Fact]
    public void Int_and_Bool_constants_denote_their_values_across_the_whole_64_bit_range()
    {
        var random = new Random(Seed);
        long[] edges = [long.MinValue, long.MinValue + 1, -1, 0, 1, long.MaxValue - 1, long.MaxValue];
        session.Run(scope =>
        {
            var a = scope.Algebra;
            foreach (var value in edges.Concat(Enumerable.Range(0, Samples).Select(_ => random.NextInt64(long.MinValue, long.MaxValue))))
            {
                Assert.Equal(value, Value(a.Int(value)));
            }

            Assert.Equal(true, Value(a.Bool(true)));
            Assert.Equal(false, Value(a.Bool(false)));
        });
    }

    [Fact]
    public void Folding_is_exact_beyond_64_bits_where_Z3_integers_are_unbounded()
    {
        session.Run(scope =>
        {
            var a = scope.Algebra;
            var product = a.Mul(a.Int(long.MaxValue), a.Int(long.MaxValue));

            Assert.Equal(BigInteger.Pow(long.MaxValue, 2), Assert.IsType<IntNum>(product).BigInteger);
        });
    }

    [Fact]
    public void Division_folds_with_Euclidean_semantics_like_Z3_for_negative_operands()
    {
        session.Run(scope =>
        {
            var a = scope.Algebra;
            var x = scope.Context.MkIntConst("x");
            var y = scope.Context.MkIntConst("y");
            foreach (var (dividend, divisor) in new (long, long)[] { (-7, 2), (7, -2), (-7, -2), (-8, 3), (8, -3) })
            {
                Expr[] symbols = [x, y];
                Expr[] values = [a.Int(dividend), a.Int(divisor)];

                Assert.Equal(Value(a.Div(x, y).Substitute(symbols, values).Simplify()), Value(a.Div(a.Int(dividend), a.Int(divisor))));
                Assert.Equal(Value(a.Mod(x, y).Substitute(symbols, values).Simplify()), Value(a.Mod(a.Int(dividend), a.Int(divisor))));
            }
        });
    }

    private static object Value(Expr constant) => constant switch
    {
        IntNum number => (long)number.BigInteger,
        _ when constant.BoolValue == Z3_lbool.Z3_L_TRUE => true,
        _ when constant.BoolValue == Z3_lbool.Z3_L_FALSE => false,
        _ => throw new InvalidOperationException($"{constant} is not a constant."),
    };

    private static string Describe(AlgebraOperation operation, long[] ints, bool[] bools, int sample, string what) =>
        $"{operation.Name}(ints [{string.Join(", ", ints)}], bools [{string.Join(", ", bools)}]) {what}; "
        + $"sample {sample} of seed {Seed}";
}
