namespace DioVerify.Engine.Algebra;

/// <summary>The reference interpretation: plain <c>bool</c> and <c>long</c>, every operation exact or an error.</summary>
/// <remarks>
/// A sealed singleton: the engine calls it through the interface, which dynamic PGO devirtualises.
/// Each integer operation is the mathematical one of <see cref="IAlgebra{TBool, TInt}"/> (Euclidean
/// <see cref="Div"/>/<see cref="Mod"/>, not C#'s truncating <c>/</c> and <c>%</c>) or throws
/// <see cref="UndefinedArithmeticException"/> where that value is not a <c>long</c> or the divisor is 0:
/// never a wrapped or differently rounded value that the symbolic interpretation would not compute.
/// </remarks>
public sealed class ConcreteAlgebra : IAlgebra<bool, long>
{
    public static readonly ConcreteAlgebra Instance = new();

    private ConcreteAlgebra()
    {
    }

    public long Int(long value) => value;
    public bool Bool(bool value) => value;

    public long Add(long a, long b)
    {
        var sum = unchecked(a + b);
        // Overflow exactly when both operands have the sign the sum lacks.
        if (((a ^ sum) & (b ^ sum)) < 0) throw UndefinedArithmeticException.Overflow(nameof(Add), a, b);
        return sum;
    }

    public long Sub(long a, long b)
    {
        var difference = unchecked(a - b);
        // Overflow exactly when the operands' signs differ and the difference has b's sign.
        if (((a ^ b) & (a ^ difference)) < 0) throw UndefinedArithmeticException.Overflow(nameof(Sub), a, b);
        return difference;
    }

    public long Mul(long a, long b)
    {
        // The 128-bit product fits in 64 bits exactly when its high half is the low half's sign extension.
        var high = Math.BigMul(a, b, out long low);
        if (high != (low >> 63)) throw UndefinedArithmeticException.Overflow(nameof(Mul), a, b);
        return low;
    }

    /// <summary>Euclidean quotient: <c>q</c> with <c>a = b·q + r</c>, <c>0 &lt;= r &lt; |b|</c>.</summary>
    public long Div(long a, long b)
    {
        if (b == 0) throw UndefinedArithmeticException.DivisionByZero(nameof(Div), a);

        // The one quotient outside long: long.MinValue / -1 = 2^63 (C# would throw OverflowException).
        if (b == -1 && a == long.MinValue) throw UndefinedArithmeticException.Overflow(nameof(Div), a, b);
        var truncated = a / b;

        // C# truncates toward zero; where that leaves a negative remainder the Euclidean quotient is one
        // step further from zero on b's side. No overflow: a nonzero remainder means |b| >= 2, so |truncated| <= 2^62.
        return a % b < 0 ? (b > 0 ? truncated - 1 : truncated + 1) : truncated;
    }

    /// <summary>Euclidean remainder: always in <c>[0, |b|)</c>, whatever the signs.</summary>
    public long Mod(long a, long b)
    {
        if (b == 0) throw UndefinedArithmeticException.DivisionByZero(nameof(Mod), a);

        // long.MinValue % -1 would throw in C#; every integer is a multiple of -1.
        if (b == -1) return 0;
        var remainder = a % b;

        // r + |b| without forming |long.MinValue|: for b < 0 that is r - b, which fits because r < 0.
        return remainder >= 0 ? remainder : b > 0 ? remainder + b : remainder - b;
    }

    public bool Eq(long a, long b) => a == b;
    public bool Lt(long a, long b) => a < b;
    public bool Le(long a, long b) => a <= b;
    public bool And(bool a, bool b) => a & b;
    public bool Or(bool a, bool b) => a | b;
    public bool Not(bool a) => !a;
    public bool Iff(bool a, bool b) => a == b;
    public long Ite(bool condition, long then, long otherwise) => condition ? then : otherwise;
    public bool IteBool(bool condition, bool then, bool otherwise) => condition ? then : otherwise;
    public long Select(long index, IReadOnlyList<long> values) => values[checked((int)index)];
    public bool SelectBool(long index, IReadOnlyList<bool> values) => values[checked((int)index)];
}
