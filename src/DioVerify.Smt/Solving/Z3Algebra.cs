using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using DioVerify.Engine.Algebra;
using Microsoft.Z3;

namespace DioVerify.Smt.Solving;

/// <summary>The symbolic interpretation of the engine's algebra: Z3 booleans and mathematical integers.</summary>
/// <remarks>
/// <para>
/// Operations on constants are folded (numerals to a numeral, <c>and</c>/<c>or</c> with true/false,
/// <c>ite</c> with a constant condition), so running the engine on concrete inputs builds constants and
/// only genuinely symbolic inputs build terms. Folding follows Z3's semantics exactly, including
/// Euclidean <see cref="Div"/>/<see cref="Mod"/> for every sign, which is the algebra's one semantics (see
/// <see cref="IAlgebra{TBool, TInt}"/>) and what <see cref="ConcreteAlgebra"/> computes over <c>long</c>.
/// </para>
/// <para>
/// Integers are unbounded here: where a result leaves the 64-bit range the concrete interpretation throws,
/// and this one does not. That difference is closed by checking, before any property, that no valid request
/// leaves the range (<see cref="CheckedAlgebra"/>, <c>WellDefinedness</c>). A divisor that is the numeral 0
/// throws <see cref="UndefinedArithmeticException"/>, as concretely; a symbolic divisor that may be 0 is a
/// side condition of <see cref="CheckedAlgebra"/>, never left to Z3, where <c>x div 0</c> is a value the
/// solver may choose.
/// </para>
/// <para>
/// Use it only under <c>lock(context)</c>, which in practice means through <see cref="Z3Scope.Algebra"/>
/// inside a <see cref="Z3Session.Run{T}"/> callback; every operation checks that the lock is held.
/// </para>
/// </remarks>
public sealed class Z3Algebra : IAlgebra<BoolExpr, IntExpr>
{
    private readonly Context context;
    private readonly BoolExpr @true;
    private readonly BoolExpr @false;

    public Z3Algebra(Context context)
    {
        ArgumentNullException.ThrowIfNull(context);
        this.context = context;
        EnsureLocked();
        @true = context.MkTrue();
        @false = context.MkFalse();
    }

    public IntExpr Int(long value)
    {
        EnsureLocked();
        return context.MkInt(value);
    }

    public BoolExpr Bool(bool value)
    {
        EnsureLocked();
        return value ? @true : @false;
    }

    public IntExpr Add(IntExpr a, IntExpr b) =>
        Fold(a, b, static (x, y) => x + y) ?? (IntExpr)context.MkAdd(a, b);

    public IntExpr Sub(IntExpr a, IntExpr b) =>
        Fold(a, b, static (x, y) => x - y) ?? (IntExpr)context.MkSub(a, b);

    public IntExpr Mul(IntExpr a, IntExpr b) =>
        Fold(a, b, static (x, y) => x * y) ?? (IntExpr)context.MkMul(a, b);

    public IntExpr Div(IntExpr a, IntExpr b) =>
        FoldDivision(a, b, static (quotient, _) => quotient) ?? (IntExpr)context.MkDiv(a, b);

    public IntExpr Mod(IntExpr a, IntExpr b) =>
        FoldDivision(a, b, static (_, remainder) => remainder) ?? context.MkMod(a, b);

    public BoolExpr Eq(IntExpr a, IntExpr b) =>
        Compare(a, b, static (x, y) => x == y) ?? context.MkEq(a, b);

    public BoolExpr Lt(IntExpr a, IntExpr b) =>
        Compare(a, b, static (x, y) => x < y) ?? context.MkLt(a, b);

    public BoolExpr Le(IntExpr a, IntExpr b) =>
        Compare(a, b, static (x, y) => x <= y) ?? context.MkLe(a, b);

    public BoolExpr And(BoolExpr a, BoolExpr b) =>
        (Constant(a), Constant(b)) switch
        {
            (false, _) or (_, false) => @false,
            (true, _) => b,
            (_, true) => a,
            _ => context.MkAnd(a, b),
        };

    public BoolExpr Or(BoolExpr a, BoolExpr b) =>
        (Constant(a), Constant(b)) switch
        {
            (true, _) or (_, true) => @true,
            (false, _) => b,
            (_, false) => a,
            _ => context.MkOr(a, b),
        };

    public BoolExpr Not(BoolExpr a) =>
        Constant(a) switch
        {
            true => @false,
            false => @true,
            null => context.MkNot(a),
        };

    public BoolExpr Iff(BoolExpr a, BoolExpr b) =>
        (Constant(a), Constant(b)) switch
        {
            (true, _) => b,
            (_, true) => a,
            (false, _) => Not(b),
            (_, false) => Not(a),
            _ => context.MkIff(a, b),
        };

    public IntExpr Ite(BoolExpr condition, IntExpr then, IntExpr otherwise) =>
        Constant(condition) switch
        {
            true => then,
            false => otherwise,
            null => (IntExpr)context.MkITE(condition, then, otherwise),
        };

    public BoolExpr IteBool(BoolExpr condition, BoolExpr then, BoolExpr otherwise) =>
        Constant(condition) switch
        {
            true => then,
            false => otherwise,
            null => (BoolExpr)context.MkITE(condition, then, otherwise),
        };

    public IntExpr Select(IntExpr index, IReadOnlyList<IntExpr> values) => SelectAmong(index, values, Ite);

    public BoolExpr SelectBool(IntExpr index, IReadOnlyList<BoolExpr> values) => SelectAmong(index, values, IteBool);

    /// <remarks>
    /// A constant index picks its element; a symbolic one becomes
    /// <c>ite(index = 0, v0, ite(index = 1, v1, … v(n-1)))</c>. The last element needs no test because the
    /// index is in range by the interface's contract, which keeps the term one comparison shorter.
    /// </remarks>
    private T SelectAmong<T>(IntExpr index, IReadOnlyList<T> values, Func<BoolExpr, T, T, T> ite)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("Cannot select from an empty list.", nameof(values));
        }

        EnsureLocked();
        if (Numeral(index) is { } constant)
        {
            if (constant.Sign < 0 || constant >= values.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), constant, $"Index outside the {values.Count} values.");
            }

            return values[(int)constant];
        }

        var selected = values[^1];
        for (var i = values.Count - 2; i >= 0; i--)
        {
            selected = ite(Eq(index, Int(i)), values[i], selected);
        }

        return selected;
    }

    private IntExpr? Fold(IntExpr a, IntExpr b, Func<BigInteger, BigInteger, BigInteger> operation)
    {
        EnsureLocked();
        return Numeral(a) is { } x && Numeral(b) is { } y ? MkInt(operation(x, y)) : null;
    }

    /// <remarks>
    /// SMT-LIB integer division is Euclidean: for b ≠ 0, a = b·q + r with 0 ≤ r &lt; |b|. A zero numeral
    /// divisor is an error here as in <see cref="ConcreteAlgebra"/>, whatever the dividend.
    /// </remarks>
    private IntExpr? FoldDivision(IntExpr a, IntExpr b, Func<BigInteger, BigInteger, BigInteger> pick, [CallerMemberName] string operation = "")
    {
        EnsureLocked();
        if (Numeral(b) is { IsZero: true })
        {
            throw new UndefinedArithmeticException($"{operation}({a}, 0)", "division by zero");
        }

        if (Numeral(a) is not { } x || Numeral(b) is not { } y)
        {
            return null;
        }

        var remainder = BigInteger.Remainder(x, y);
        if (remainder.Sign < 0)
        {
            remainder += BigInteger.Abs(y);
        }

        return MkInt(pick((x - remainder) / y, remainder));
    }

    private BoolExpr? Compare(IntExpr a, IntExpr b, Func<BigInteger, BigInteger, bool> comparison)
    {
        EnsureLocked();
        return Numeral(a) is { } x && Numeral(b) is { } y ? (comparison(x, y) ? @true : @false) : null;
    }

    private bool? Constant(BoolExpr e)
    {
        EnsureLocked();
        if (ReferenceEquals(e, @true))
        {
            return true;
        }

        if (ReferenceEquals(e, @false))
        {
            return false;
        }

        // Terms built elsewhere (a model value, ctx.MkTrue()) are constants too.
        return e.BoolValue switch
        {
            Z3_lbool.Z3_L_TRUE => true,
            Z3_lbool.Z3_L_FALSE => false,
            _ => null,
        };
    }

    // The wrapper wraps every integer numeral it returns, from MkInt or from evaluation, as an IntNum.
    private static BigInteger? Numeral(IntExpr e) => e is IntNum number ? number.BigInteger : null;

    private IntExpr MkInt(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue
            ? context.MkInt((long)value)
            : context.MkInt(value.ToString(CultureInfo.InvariantCulture));

    private void EnsureLocked()
    {
        if (!Monitor.IsEntered(context))
        {
            throw new InvalidOperationException(
                "Z3Algebra used without holding lock(context); use it through Z3Session.Run (see Z3Session).");
        }
    }
}
