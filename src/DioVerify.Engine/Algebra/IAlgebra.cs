namespace DioVerify.Engine.Algebra;

/// <summary>
/// The booleans, integers and conditionals a policy is written against. Implemented once over
/// <c>bool</c>/<c>long</c> (the reference engine) and once over solver terms (the SMT encoding), so a
/// proof is about the code that runs.
/// </summary>
/// <remarks>
/// <para>
/// One semantics for every interpretation: integers are mathematical, and <see cref="Div"/>/<see cref="Mod"/>
/// are Euclidean — for <c>b ≠ 0</c>, <c>a = b·Div(a, b) + Mod(a, b)</c> with <c>0 &lt;= Mod(a, b) &lt; |b|</c>.
/// That is SMT-LIB's <c>div</c>/<c>mod</c>, so the solver needs no extra terms (the exported obligations stay
/// plain QF_LIA), and for a positive divisor it is floor division. It is not C#'s <c>/</c> and <c>%</c>, which
/// truncate toward zero: <c>Mod(-7, 2) = 1</c>, <c>Div(-7, 2) = -4</c>, <c>Div(7, -2) = -3</c>.
/// </para>
/// <para>
/// An operation is undefined where its mathematical result is outside <c>[long.MinValue, long.MaxValue]</c>
/// or its divisor is 0. The concrete interpretation throws <see cref="UndefinedArithmeticException"/> there;
/// the symbolic one turns each operation into a side condition that the prover checks on every valid request
/// before any property, refuting the policy with a request that makes it undefined. Both branches of an
/// <see cref="Ite"/> are evaluated (a plain method call evaluates its arguments), so an undefined operation in
/// the branch not taken is undefined all the same, in both interpretations.
/// </para>
/// </remarks>
public interface IAlgebra<TBool, TInt>
{
    TInt Int(long value);
    TBool Bool(bool value);

    TInt Add(TInt a, TInt b);
    TInt Sub(TInt a, TInt b);
    TInt Mul(TInt a, TInt b);
    TInt Div(TInt a, TInt b);
    TInt Mod(TInt a, TInt b);

    TBool Eq(TInt a, TInt b);
    TBool Lt(TInt a, TInt b);
    TBool Le(TInt a, TInt b);

    TBool And(TBool a, TBool b);
    TBool Or(TBool a, TBool b);
    TBool Not(TBool a);
    TBool Iff(TBool a, TBool b);

    TInt Ite(TBool condition, TInt then, TInt otherwise);
    TBool IteBool(TBool condition, TBool then, TBool otherwise);

    /// <summary>
    /// <c>values[index]</c>, with <paramref name="index"/> in range. The engine reads a completing BIO's
    /// attributes through this, so a symbolic arrival order selects among all BIOs.
    /// </summary>
    TInt Select(TInt index, IReadOnlyList<TInt> values);

    /// <summary><c>values[index]</c> for booleans; see <see cref="Select"/>.</summary>
    TBool SelectBool(TInt index, IReadOnlyList<TBool> values);
}
