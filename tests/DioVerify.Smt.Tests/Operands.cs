using DioVerify.Smt.Solving;
using Microsoft.Z3;

namespace DioVerify.Smt.Tests;

/// <summary>Operands for one differential sample: each value randomly either a constant or a fresh symbol bound to it.</summary>
internal sealed record Operands(IntExpr[] Ints, BoolExpr[] Bools, Expr[] Symbols, Expr[] Values)
{
    public static Operands Bind(Z3Scope scope, long[] ints, bool[] bools, Random random)
    {
        var symbols = new List<Expr>();
        var values = new List<Expr>();

        T Operand<T>(T constant, Func<string, T> symbol)
            where T : Expr
        {
            if (random.Next(3) == 0)
            {
                return constant;
            }

            var fresh = symbol($"v{symbols.Count}");
            symbols.Add(fresh);
            values.Add(constant);
            return fresh;
        }

        var a = scope.Algebra;
        IntExpr[] intTerms = [.. ints.Select(v => Operand(a.Int(v), scope.Context.MkIntConst))];
        BoolExpr[] boolTerms = [.. bools.Select(v => Operand(a.Bool(v), scope.Context.MkBoolConst))];
        return new Operands(intTerms, boolTerms, [.. symbols], [.. values]);
    }
}
