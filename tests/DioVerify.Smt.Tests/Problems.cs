using DioVerify.Smt.Solving;
using Microsoft.Z3;

namespace DioVerify.Smt.Tests;

/// <summary>Small problems with known answers, built inside a session callback.</summary>
internal static class Problems
{
    /// <summary>x + 2y = 11, x &gt; y, y ≥ 2: satisfiable (e.g. x = 5, y = 3).</summary>
    public static (BoolExpr[] Assertions, IntExpr X, IntExpr Y) LinearSat(Z3Scope scope)
    {
        var a = scope.Algebra;
        var x = scope.Context.MkIntConst("x");
        var y = scope.Context.MkIntConst("y");
        BoolExpr[] assertions =
        [
            a.Eq(a.Add(x, a.Mul(a.Int(2), y)), a.Int(11)),
            a.Lt(y, x),
            a.Le(a.Int(2), y),
        ];
        return (assertions, x, y);
    }

    /// <summary>2x = 2y + 1: unsatisfiable by parity, which a linear relaxation alone cannot see.</summary>
    public static BoolExpr[] LinearUnsat(Z3Scope scope)
    {
        var a = scope.Algebra;
        var x = scope.Context.MkIntConst("x");
        var y = scope.Context.MkIntConst("y");
        return [a.Eq(a.Mul(a.Int(2), x), a.Add(a.Mul(a.Int(2), y), a.Int(1)))];
    }

    /// <summary>x³ + y³ = z³ over positive integers: unsat (Fermat, n = 3), and Z3 4.8.12 searches for minutes.</summary>
    public static BoolExpr[] Hard(Z3Scope scope)
    {
        var a = scope.Algebra;
        var x = scope.Context.MkIntConst("x");
        var y = scope.Context.MkIntConst("y");
        var z = scope.Context.MkIntConst("z");
        IntExpr Cube(IntExpr v) => a.Mul(v, a.Mul(v, v));
        return
        [
            a.Lt(a.Int(0), x),
            a.Lt(a.Int(0), y),
            a.Lt(a.Int(0), z),
            a.Eq(a.Add(Cube(x), Cube(y)), Cube(z)),
        ];
    }
}
