namespace DioVerify.Engine.Algebra;

/// <summary>
/// The booleans, integers and conditionals a policy is written against. Implemented once over
/// <c>bool</c>/<c>long</c> (the reference engine) and once over solver terms (the SMT encoding), so a
/// proof is about the code that runs.
/// </summary>
/// <remarks>
/// Integer semantics are mathematical; the concrete interpretation is exact because request
/// validation bounds every intermediate value below 2^63 (see <c>WriteRequest.Validate</c>).
/// <see cref="Div"/> and <see cref="Mod"/> are only used with a non-negative dividend and a positive divisor.
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
