namespace DioVerify.Engine.Algebra;

/// <summary>The reference interpretation: plain <c>bool</c> and <c>long</c>, checked for overflow.</summary>
/// <remarks>
/// A sealed singleton: the engine calls it through the interface, which dynamic PGO devirtualises.
/// Arithmetic is <c>checked</c>: an overflow means validation let through a request it should not
/// have, which must surface as an error, never as a wrong verdict.
/// </remarks>
public sealed class ConcreteAlgebra : IAlgebra<bool, long>
{
    public static readonly ConcreteAlgebra Instance = new();

    private ConcreteAlgebra()
    {
    }

    public long Int(long value) => value;
    public bool Bool(bool value) => value;
    public long Add(long a, long b) => checked(a + b);
    public long Sub(long a, long b) => checked(a - b);
    public long Mul(long a, long b) => checked(a * b);
    public long Div(long a, long b) => a / b;
    public long Mod(long a, long b) => a % b;
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
