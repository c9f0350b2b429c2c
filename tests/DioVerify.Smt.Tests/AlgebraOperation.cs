using DioVerify.Engine.Algebra;
using DioVerify.Smt.Solving;
using Microsoft.Z3;

namespace DioVerify.Smt.Tests;

/// <summary>One algebra operation on terms (all but the constants Int and Bool) written against both interpretations, with a generator of operands in its domain.</summary>
/// <param name="Name">The operation, as it appears in test names.</param>
/// <param name="Draw">Random integer and boolean operands satisfying the operation's precondition.</param>
/// <param name="Concrete">The operation over <see cref="ConcreteAlgebra"/>; returns a boxed long or bool.</param>
/// <param name="Symbolic">The same operation over <see cref="Z3Algebra"/>.</param>
internal sealed record AlgebraOperation(
    string Name,
    Func<Random, (long[] Ints, bool[] Bools)> Draw,
    Func<ConcreteAlgebra, long[], bool[], object> Concrete,
    Func<Z3Algebra, IntExpr[], BoolExpr[], Expr> Symbolic)
{
    private const long Range = 1_000_000;

    public static readonly IReadOnlyList<AlgebraOperation> All =
    [
        new("Add", r => ([AnyInt(r), AnyInt(r)], []), (a, i, _) => a.Add(i[0], i[1]), (a, i, _) => a.Add(i[0], i[1])),
        new("Sub", r => ([AnyInt(r), AnyInt(r)], []), (a, i, _) => a.Sub(i[0], i[1]), (a, i, _) => a.Sub(i[0], i[1])),
        new("Mul", r => ([AnyInt(r), AnyInt(r)], []), (a, i, _) => a.Mul(i[0], i[1]), (a, i, _) => a.Mul(i[0], i[1])),
        new("Div", r => ([Dividend(r), Divisor(r)], []), (a, i, _) => a.Div(i[0], i[1]), (a, i, _) => a.Div(i[0], i[1])),
        new("Mod", r => ([Dividend(r), Divisor(r)], []), (a, i, _) => a.Mod(i[0], i[1]), (a, i, _) => a.Mod(i[0], i[1])),
        new("Eq", r => (CloseInts(r), []), (a, i, _) => a.Eq(i[0], i[1]), (a, i, _) => a.Eq(i[0], i[1])),
        new("Lt", r => (CloseInts(r), []), (a, i, _) => a.Lt(i[0], i[1]), (a, i, _) => a.Lt(i[0], i[1])),
        new("Le", r => (CloseInts(r), []), (a, i, _) => a.Le(i[0], i[1]), (a, i, _) => a.Le(i[0], i[1])),
        new("And", r => ([], [AnyBool(r), AnyBool(r)]), (a, _, b) => a.And(b[0], b[1]), (a, _, b) => a.And(b[0], b[1])),
        new("Or", r => ([], [AnyBool(r), AnyBool(r)]), (a, _, b) => a.Or(b[0], b[1]), (a, _, b) => a.Or(b[0], b[1])),
        new("Not", r => ([], [AnyBool(r)]), (a, _, b) => a.Not(b[0]), (a, _, b) => a.Not(b[0])),
        new("Iff", r => ([], [AnyBool(r), AnyBool(r)]), (a, _, b) => a.Iff(b[0], b[1]), (a, _, b) => a.Iff(b[0], b[1])),
        new("Ite", r => ([AnyInt(r), AnyInt(r)], [AnyBool(r)]), (a, i, b) => a.Ite(b[0], i[0], i[1]), (a, i, b) => a.Ite(b[0], i[0], i[1])),
        new("IteBool", r => ([], [AnyBool(r), AnyBool(r), AnyBool(r)]), (a, _, b) => a.IteBool(b[0], b[1], b[2]), (a, _, b) => a.IteBool(b[0], b[1], b[2])),
        new("Select", DrawSelect, (a, i, _) => a.Select(i[0], i[1..]), (a, i, _) => a.Select(i[0], i[1..])),
        new("SelectBool", DrawSelectBool, (a, i, b) => a.SelectBool(i[0], b), (a, i, b) => a.SelectBool(i[0], b)),
    ];

    public override string ToString() => Name;

    private static long AnyInt(Random r) => r.Next(10) switch
    {
        0 => 0,
        1 => 1,
        2 => -1,
        _ => r.NextInt64(-Range, Range + 1),
    };

    private static bool AnyBool(Random r) => r.Next(2) == 1;

    private static long Dividend(Random r) => r.Next(10) == 0 ? 0 : r.NextInt64(0, Range + 1);

    private static long Divisor(Random r) => r.Next(10) == 0 ? 1 : r.NextInt64(1, 10_001);

    // Comparisons are only interesting when the operands are often equal or adjacent.
    private static long[] CloseInts(Random r)
    {
        var x = AnyInt(r);
        return [x, x + r.Next(-2, 3)];
    }

    private static (long[], bool[]) DrawSelect(Random r)
    {
        var count = r.Next(1, 6);
        return ([r.Next(count), .. Enumerable.Range(0, count).Select(_ => AnyInt(r))], []);
    }

    private static (long[], bool[]) DrawSelectBool(Random r)
    {
        var count = r.Next(1, 6);
        return ([r.Next(count)], [.. Enumerable.Range(0, count).Select(_ => AnyBool(r))]);
    }
}
