using System.Numerics;
using DioVerify.Engine.Algebra;

namespace DioVerify.Smt.Tests.Semantics;

/// <summary>
/// A law check for any interpretation of the engine's algebra, after Boogie's <c>NativeLattice.Validate</c>: every
/// integer operation on a fixed table of operands (negative dividends and divisors, values at ±2^63), written as
/// text that two interpretations must produce identically, and the Euclidean law checked within one.
/// </summary>
public static class AlgebraLaws
{
    /// <summary>The operands: both ends of <c>long</c> and their neighbours, small values of both signs, block-like sizes.</summary>
    public static readonly long[] Operands =
    [
        long.MinValue, long.MinValue + 1, -4097, -4096, -7, -2, -1, 0, 1, 2, 3, 7, 512, 4096, 6144,
        long.MaxValue / 2, long.MaxValue / 2 + 1, long.MaxValue - 4095, long.MaxValue - 1, long.MaxValue,
    ];

    /// <summary>
    /// One line per operation and operand pair, e.g. <c>Mod(-7, 2) = 1</c>; <c>undefined</c> where any operation it
    /// evaluates leaves <c>long</c> or divides by 0.
    /// </summary>
    /// <param name="fresh">A fresh interpretation per line and how to ask whether it met an undefined operation without throwing.</param>
    public static IReadOnlyList<string> Table<TBool, TInt>(
        Func<(IAlgebra<TBool, TInt> Algebra, Func<bool> Undefined)> fresh, Func<TInt, BigInteger> value)
    {
        (string, Func<IAlgebra<TBool, TInt>, TInt, TInt, TInt>)[] operations =
        [
            ("Add", (a, x, y) => a.Add(x, y)),
            ("Sub", (a, x, y) => a.Sub(x, y)),
            ("Mul", (a, x, y) => a.Mul(x, y)),
            ("Div", (a, x, y) => a.Div(x, y)),
            ("Mod", (a, x, y) => a.Mod(x, y)),
            ("RoundUp", (a, x, y) => a.RoundUp(x, y)),
            ("RoundDown", (a, x, y) => a.RoundDown(x, y)),
            ("Min", (a, x, y) => a.Min(x, y)),
            ("Max", (a, x, y) => a.Max(x, y)),
            ("Ite(x < y, x - 1, y + 1)", (a, x, y) => a.Ite(a.Lt(x, y), a.Sub(x, a.Int(1)), a.Add(y, a.Int(1)))),
            ("Eq", (a, x, y) => a.Ite(a.Eq(x, y), a.Int(1), a.Int(0))),
            ("Le", (a, x, y) => a.Ite(a.Le(x, y), a.Int(1), a.Int(0))),
            ("IteBool(x < y, x = y, Not(x = y))", (a, x, y) => a.Ite(a.IteBool(a.Lt(x, y), a.Eq(x, y), a.Not(a.Eq(x, y))), a.Int(1), a.Int(0))),
        ];
        var rows = new List<string>();
        foreach (var x in Operands)
        {
            foreach (var y in Operands)
            {
                foreach (var (name, operation) in operations)
                {
                    var (a, undefined) = fresh();
                    rows.Add($"{name}({x}, {y}) = {Evaluate(() => value(operation(a, a.Int(x), a.Int(y))), undefined)}");
                }
            }
        }

        return rows;
    }

    /// <summary>The Euclidean law, within one interpretation: <c>x = y·Div + Mod</c> and <c>0 &lt;= Mod &lt; |y|</c> wherever both are defined.</summary>
    public static IReadOnlyList<string> EuclideanViolations<TBool, TInt>(
        Func<(IAlgebra<TBool, TInt> Algebra, Func<bool> Undefined)> fresh, Func<TInt, BigInteger> value)
    {
        var violations = new List<string>();
        foreach (var x in Operands)
        {
            foreach (var y in Operands.Where(y => y != 0))
            {
                var (a, undefined) = fresh();
                if (Defined(() => value(a.Div(a.Int(x), a.Int(y))), undefined) is not { } q || Defined(() => value(a.Mod(a.Int(x), a.Int(y))), undefined) is not { } r) continue;
                if ((y * q) + r != x || r.Sign < 0 || r >= BigInteger.Abs(y)) violations.Add($"x = {x}, y = {y}: Div = {q}, Mod = {r}");
            }
        }

        return violations;
    }

    private static string Evaluate(Func<BigInteger> run, Func<bool> undefined) => Defined(run, undefined)?.ToString() ?? "undefined";

    private static BigInteger? Defined(Func<BigInteger> run, Func<bool> undefined)
    {
        try
        {
            var v = run();
            return undefined() ? null : v;
        }
        catch (UndefinedArithmeticException)
        {
            return null;
        }
    }
}
