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
    /// One remainder, shared by both branches: no intermediate exceeds the result (so the concrete
    /// interpretation cannot overflow where the result fits), and no nested <c>mod</c>, which the
    /// solver handles far worse.
    /// </summary>
    public static TInt RoundUp<TBool, TInt>(this IAlgebra<TBool, TInt> a, TInt x, TInt unit)
    {
        // Both branches of an Ite are evaluated concretely, so the step is chosen rather than the sum.
        var remainder = a.Mod(x, unit);
        return a.Add(a.Sub(x, remainder), a.Ite(a.Eq(remainder, a.Int(0)), a.Int(0), unit));
    }

    /// <summary>Conjunction; <c>true</c> when empty.</summary>
    public static TBool All<TBool, TInt>(this IAlgebra<TBool, TInt> a, params TBool[] items) => a.AllOf(items);

    /// <summary>Conjunction of a sequence; <c>true</c> when empty.</summary>
    public static TBool AllOf<TBool, TInt>(this IAlgebra<TBool, TInt> a, IEnumerable<TBool> items) =>
        items.Aggregate(a.Bool(true), a.And);

    /// <summary>Disjunction of a sequence; <c>false</c> when empty.</summary>
    public static TBool AnyOf<TBool, TInt>(this IAlgebra<TBool, TInt> a, IEnumerable<TBool> items) =>
        items.Aggregate(a.Bool(false), a.Or);
}
