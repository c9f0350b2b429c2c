using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Policies;
using DioVerify.Smt.Solving;
using Microsoft.Z3;

namespace DioVerify.Smt.Proving;

/// <summary>
/// P6 for every number of BIOs, by induction over arrivals. Split the engine state into the part
/// that is a fold of commutative operators (any-failed, lowest failed start, ok bytes, highest ok end)
/// and the rest. If (1) two completions commute on that part, (2) that part's update reads nothing
/// else, and (3) the policy's finish reads nothing else, then any two arrival orders — connected by
/// adjacent swaps — end in the same decision. The three conditions are checked for arbitrary states and
/// BIOs; their negation is one formula, unsatisfiable exactly when the lemma holds.
/// </summary>
public static class OrderLemma
{
    /// <summary>
    /// Conditions (1) and (2) alone: a fact about the engine's folds, whatever the policy. Where it holds, the
    /// folds end equal in every arrival order, which <see cref="SymbolicWrite.RunViolation"/> may then state.
    /// </summary>
    public static BoolExpr FoldViolation(Z3Scope scope, DeviceGeometry g, SymbolicWrite write) => Conditions(scope, null, g, write);

    public static BoolExpr Violation(Z3Scope scope, IPolicy policy, DeviceGeometry g, SymbolicWrite write) => Conditions(scope, policy, g, write);

    /// <summary>The folds (any-failed, lowest failed start, ok bytes, highest ok end) of two states agree.</summary>
    public static BoolExpr SameFold(IAlgebra<BoolExpr, IntExpr> a, CompletionState<BoolExpr, IntExpr> s, CompletionState<BoolExpr, IntExpr> t) => a.All(
        a.Iff(s.AnyFailed, t.AnyFailed),
        a.Eq(s.LowestFailedStart, t.LowestFailedStart),
        a.Eq(s.OkBytes, t.OkBytes),
        a.Eq(s.HighestOkEnd, t.HighestOkEnd));

    /// <summary>An arbitrary engine state: every field a constant named <c>{name}_{field}_{geometry}</c>.</summary>
    internal static CompletionState<BoolExpr, IntExpr> FreeState(Context c, string name, DeviceGeometry g)
    {
        var tag = g.Name.Replace('-', '_');
        return new(
            c.MkBoolConst($"{name}_anyFailed_{tag}"),
            c.MkIntConst($"{name}_lowestFailedStart_{tag}"),
            c.MkIntConst($"{name}_okBytes_{tag}"),
            c.MkIntConst($"{name}_highestOkEnd_{tag}"),
            c.MkBoolConst($"{name}_failureArrived_{tag}"),
            c.MkIntConst($"{name}_okBytesBeforeFailure_{tag}"));
    }

    /// <summary>An arbitrary completing BIO, named as <see cref="FreeState"/> names its fields.</summary>
    internal static (IntExpr Start, IntExpr End, BoolExpr Failed) FreeBio(Context c, string name, DeviceGeometry g)
    {
        var tag = g.Name.Replace('-', '_');
        return (c.MkIntConst($"{name}_start_{tag}"), c.MkIntConst($"{name}_end_{tag}"), c.MkBoolConst($"{name}_failed_{tag}"));
    }

    /// <summary>The negation of (1) ∨ (2), and of (3) when a <paramref name="policy"/> is given.</summary>
    private static BoolExpr Conditions(Z3Scope scope, IPolicy? policy, DeviceGeometry g, SymbolicWrite write)
    {
        var a = scope.Algebra;
        var c = scope.Context;
        CompletionState<BoolExpr, IntExpr> State(string name) => FreeState(c, name, g);
        (IntExpr Start, IntExpr End, BoolExpr Failed) Bio(string name) => FreeBio(c, name, g);

        BoolExpr SameFold(CompletionState<BoolExpr, IntExpr> s, CompletionState<BoolExpr, IntExpr> t) => OrderLemma.SameFold(a, s, t);
        CompletionState<BoolExpr, IntExpr> Step(CompletionState<BoolExpr, IntExpr> s, (IntExpr Start, IntExpr End, BoolExpr Failed) b) =>
            WriteEngine.OnComplete(a, s, b.Start, b.End, b.Failed);

        // A second state agreeing with the first on the folds is the first with the other fields free:
        // sharing the terms (rather than asserting equalities) lets the solver see identical subterms.
        var s1 = State("s");
        var other = State("t");
        var s2 = s1 with { FailureArrived = other.FailureArrived, OkBytesBeforeFailure = other.OkBytesBeforeFailure };
        var x = Bio("x");
        var y = Bio("y");
        var geometry = Engine.Model.Geometry<BoolExpr, IntExpr>.Of(a, write.Request(g));

        var notCommuting = a.Not(SameFold(Step(Step(s1, x), y), Step(Step(s1, y), x)));
        var notCongruent = a.Not(SameFold(Step(s1, x), Step(s2, x)));
        if (policy is null) return a.And(write.Valid(g), a.Or(notCommuting, notCongruent));
        var d1 = WriteEngine.Finish(a, policy, geometry, s1);
        var d2 = WriteEngine.Finish(a, policy, geometry, s2);
        var finishReadsMore = a.Not(Engine.Properties.OrderIndependence.Agree(a, d1, d2));
        return a.And(write.Valid(g), a.Or(notCommuting, a.Or(notCongruent, finishReadsMore)));
    }
}
