namespace DioVerify.Engine.Algebra;

/// <summary>
/// An operation of the algebra has no value in the reference interpretation: a result outside
/// <c>[long.MinValue, long.MaxValue]</c>, or a division by zero.
/// </summary>
/// <remarks>
/// One typed error for both, so a caller (replay, the prover's confirmation of an ill-defined policy)
/// can report it as a finding about the policy on that request rather than as an internal error. The
/// symbolic interpretation treats the same cases as side conditions that must hold on every valid
/// request (see <c>CheckedAlgebra</c> and <c>WellDefinedness</c> in DioVerify.Smt).
/// </remarks>
public sealed class UndefinedArithmeticException : ArithmeticException
{
    public UndefinedArithmeticException(string operation, string reason)
        : base($"{operation} is undefined: {reason}")
    {
        Operation = operation;
    }

    /// <summary>The operation and its operands, e.g. <c>Add(9223372036854775807, 1)</c>.</summary>
    public string Operation { get; }

    /// <summary>The error for a result outside the 64-bit range.</summary>
    public static UndefinedArithmeticException Overflow(string name, long a, long b) =>
        new($"{name}({a}, {b})", "the result is outside the range of long");

    /// <summary>The error for a zero divisor.</summary>
    public static UndefinedArithmeticException DivisionByZero(string name, long a) =>
        new($"{name}({a}, 0)", "division by zero");
}
