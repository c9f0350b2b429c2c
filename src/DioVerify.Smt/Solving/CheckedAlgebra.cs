using DioVerify.Engine.Algebra;
using Microsoft.Z3;

namespace DioVerify.Smt.Solving;

/// <summary>
/// <see cref="Z3Algebra"/> that also records, for every integer operation it evaluates, the condition under
/// which <see cref="ConcreteAlgebra"/> computes the same value: the result lies within <c>long</c> and the
/// divisor is not 0.
/// </summary>
/// <remarks>
/// <para>
/// Every evaluated operation is recorded, in evaluation order, whether or not an <c>Ite</c> later discards
/// its result: the engine's code evaluates both branches in both interpretations, so the concrete engine
/// throws on an undefined operation in an untaken branch too, and the side condition must say so.
/// </para>
/// <para>
/// Operands are not re-checked: an operand is an input (in range by validation) or the result of an earlier
/// operation whose own condition comes first. So the first violated condition in <see cref="Conditions"/> has
/// operands within <c>long</c>, and it is the operation at which the concrete engine throws. An operation on
/// numerals is decided at once: in range it records nothing, out of range (or a zero divisor) it records
/// <c>false</c>. A numeral zero divisor yields the placeholder 0, since the run is undefined whatever follows.
/// </para>
/// </remarks>
public sealed class CheckedAlgebra(Z3Algebra inner) : IAlgebra<BoolExpr, IntExpr>
{
    private readonly List<SideCondition> _conditions = [];
    private readonly HashSet<BoolExpr> _recorded = [];

    /// <summary>Names the engine step whose operations are being recorded, e.g. "the policy's finish".</summary>
    public string Phase { get; set; } = "the engine";

    /// <summary>Every recorded condition, first evaluated first; each appears once, with the phase that first evaluated it.</summary>
    public IReadOnlyList<SideCondition> Conditions => _conditions;

    public IntExpr Int(long value) => inner.Int(value);

    public BoolExpr Bool(bool value) => inner.Bool(value);

    public IntExpr Add(IntExpr a, IntExpr b) => InRange(nameof(Add), a, b, inner.Add(a, b));

    public IntExpr Sub(IntExpr a, IntExpr b) => InRange(nameof(Sub), a, b, inner.Sub(a, b));

    public IntExpr Mul(IntExpr a, IntExpr b) => InRange(nameof(Mul), a, b, inner.Mul(a, b));

    /// <summary>Euclidean division; besides the divisor, its quotient can leave the range (long.MinValue div -1).</summary>
    public IntExpr Div(IntExpr a, IntExpr b) =>
        NonZeroDivisor(nameof(Div), a, b) ? InRange(nameof(Div), a, b, inner.Div(a, b)) : inner.Int(0);

    /// <summary>Euclidean remainder: in <c>[0, |b|)</c>, so within <c>long</c> whenever the divisor is.</summary>
    public IntExpr Mod(IntExpr a, IntExpr b) => NonZeroDivisor(nameof(Mod), a, b) ? inner.Mod(a, b) : inner.Int(0);

    public BoolExpr Eq(IntExpr a, IntExpr b) => inner.Eq(a, b);

    public BoolExpr Lt(IntExpr a, IntExpr b) => inner.Lt(a, b);

    public BoolExpr Le(IntExpr a, IntExpr b) => inner.Le(a, b);

    public BoolExpr And(BoolExpr a, BoolExpr b) => inner.And(a, b);

    public BoolExpr Or(BoolExpr a, BoolExpr b) => inner.Or(a, b);

    public BoolExpr Not(BoolExpr a) => inner.Not(a);

    public BoolExpr Iff(BoolExpr a, BoolExpr b) => inner.Iff(a, b);

    public IntExpr Ite(BoolExpr condition, IntExpr then, IntExpr otherwise) => inner.Ite(condition, then, otherwise);

    public BoolExpr IteBool(BoolExpr condition, BoolExpr then, BoolExpr otherwise) => inner.IteBool(condition, then, otherwise);

    public IntExpr Select(IntExpr index, IReadOnlyList<IntExpr> values) => inner.Select(index, values);

    public BoolExpr SelectBool(IntExpr index, IReadOnlyList<BoolExpr> values) => inner.SelectBool(index, values);

    /// <summary>All recorded conditions hold: the concrete engine computes every value this run computed.</summary>
    public BoolExpr AllHold() => inner.AllOf(_conditions.Select(c => c.Holds));

    private IntExpr InRange(string operation, IntExpr a, IntExpr b, IntExpr result)
    {
        var holds = inner.And(inner.Le(inner.Int(long.MinValue), result), inner.Le(result, inner.Int(long.MaxValue)));
        Record(new SideCondition(holds, Phase, operation, a, b, "the result is outside the range of long"));
        return result;
    }

    private bool NonZeroDivisor(string operation, IntExpr a, IntExpr b)
    {
        var holds = inner.Not(inner.Eq(b, inner.Int(0)));
        Record(new SideCondition(holds, Phase, operation, a, b, "division by zero"));
        return !holds.IsFalse;
    }

    private void Record(SideCondition condition)
    {
        // A true condition says nothing; a repeated one (Z3 shares equal terms) keeps its first phase.
        if (condition.Holds.IsTrue || !_recorded.Add(condition.Holds)) return;
        _conditions.Add(condition);
    }
}
