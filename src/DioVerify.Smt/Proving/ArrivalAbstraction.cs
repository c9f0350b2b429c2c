using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using DioVerify.Smt.Solving;
using Microsoft.Z3;

namespace DioVerify.Smt.Proving;

/// <summary>
/// Every arrival order at once, without routing any: the folds end as in file order (the order lemma's
/// conditions 1–2), and the two arrival-order fields are left free except for an inductive invariant.
/// That over-approximates the final states of all n! orders, so an unsatisfiable case is proved for all
/// of them; a satisfiable one may be spurious and is decided again through the arrival network.
/// </summary>
public static class ArrivalAbstraction
{
    /// <summary>
    /// What every reachable state satisfies whatever the order: a failure has arrived exactly when one
    /// completed; until one has, every ok byte arrived before it; and the bytes before it are between
    /// none and all the ok bytes.
    /// </summary>
    public static TBool Invariant<TBool, TInt>(IAlgebra<TBool, TInt> a, CompletionState<TBool, TInt> s) => a.All(
        a.Iff(s.FailureArrived, s.AnyFailed),
        a.Or(s.FailureArrived, a.Eq(s.OkBytesBeforeFailure, s.OkBytes)),
        a.Le(a.Int(0), s.OkBytesBeforeFailure),
        a.Le(s.OkBytesBeforeFailure, s.OkBytes));

    /// <summary>What the induction assumes of each completing BIO: it does not end before it starts.</summary>
    public static TBool WellFormed<TBool, TInt>(IAlgebra<TBool, TInt> a, TInt start, TInt end) => a.Le(start, end);

    /// <summary>Some BIO of <paramref name="layout"/> is not <see cref="WellFormed"/>: unsatisfiable for the engine's layouts.</summary>
    public static BoolExpr MalformedBio(IAlgebra<BoolExpr, IntExpr> a, BioLayout<BoolExpr, IntExpr> layout) =>
        a.AnyOf([.. Enumerable.Range(0, layout.Count).Select(k => a.Not(WellFormed(a, layout.Starts[k], layout.Ends[k])))]);

    /// <summary>
    /// The negation of the invariant's induction for geometry <paramref name="g"/>: submit breaks it, or
    /// one completion of an arbitrary well-formed BIO from a state that satisfies it does. Unsatisfiable
    /// when it holds.
    /// </summary>
    public static BoolExpr InductionViolation(Z3Scope scope, DeviceGeometry g, SymbolicWrite write)
    {
        var a = scope.Algebra;
        var s = OrderLemma.FreeState(scope.Context, "inv", g);
        var (start, end, failed) = OrderLemma.FreeBio(scope.Context, "inv", g);
        var next = WriteEngine.OnComplete(a, s, start, end, failed);
        var submitted = WriteEngine.Submit(a, Geometry<BoolExpr, IntExpr>.Of(a, write.Request(g)));
        var step = a.All(Invariant(a, s), WellFormed(a, start, end), a.Not(Invariant(a, next)));
        return a.And(write.Valid(g), a.Or(a.Not(Invariant(a, submitted)), step));
    }

    /// <summary>
    /// The final state of some arrival order: file order's folds, with the arrival-order fields replaced by
    /// constants named after <paramref name="tag"/> and constrained only by the invariant.
    /// </summary>
    public static (CompletionState<BoolExpr, IntExpr> State, BoolExpr Constraint) Final(Context context, IAlgebra<BoolExpr, IntExpr> a, CompletionState<BoolExpr, IntExpr> fileOrder, string tag)
    {
        var state = fileOrder with
        {
            FailureArrived = context.MkBoolConst($"{tag}_failureArrived"),
            OkBytesBeforeFailure = context.MkIntConst($"{tag}_okBytesBeforeFailure"),
        };
        return (state, Invariant(a, state));
    }
}
