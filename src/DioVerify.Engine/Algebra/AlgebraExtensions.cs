namespace DioVerify.Engine.Algebra;

/// <summary>Operations derived from the algebra's primitives, shared by both interpretations.</summary>
public static class AlgebraExtensions
{
    public static TInt Min<TBool, TInt>(this IAlgebra<TBool, TInt> a, TInt x, TInt y) => a.Ite(a.Le(x, y), x, y);

    public static TInt Max<TBool, TInt>(this IAlgebra<TBool, TInt> a, TInt x, TInt y) => a.Ite(a.Le(x, y), y, x);

    public static TBool Gt<TBool, TInt>(this IAlgebra<TBool, TInt> a, TInt x, TInt y) => a.Lt(y, x);

    public static TBool Ge<TBool, TInt>(this IAlgebra<TBool, TInt> a, TInt x, TInt y) => a.Le(y, x);

    public static TBool Implies<TBool, TInt>(this IAlgebra<TBool, TInt> a, TBool p, TBool q) => a.Or(a.Not(p), q);

    /// <summary>The largest multiple of <paramref name="unit"/> at or below <paramref name="x"/> (x &gt;= 0).</summary>
    public static TInt RoundDown<TBool, TInt>(this IAlgebra<TBool, TInt> a, TInt x, TInt unit) => a.Sub(x, a.Mod(x, unit));

    /// <summary>
    /// The smallest multiple of <paramref name="unit"/> at or above <paramref name="x"/> (x &gt;= 0).
    /// Written as <c>x + (unit - x mod unit) mod unit</c> so no intermediate exceeds the result.
    /// </summary>
    public static TInt RoundUp<TBool, TInt>(this IAlgebra<TBool, TInt> a, TInt x, TInt unit) =>
        a.Add(x, a.Mod(a.Sub(unit, a.Mod(x, unit)), unit));

    /// <summary>Conjunction of a sequence; <c>true</c> when empty.</summary>
    public static TBool All<TBool, TInt>(this IAlgebra<TBool, TInt> a, IEnumerable<TBool> items)
    {
        var result = a.Bool(true);
        foreach (var item in items)
        {
            result = a.And(result, item);
        }

        return result;
    }
}
