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
/// <remarks>
/// A rule's user folds join the commuting part: each update reads only its own value, the BIO and the request, so
/// (2) holds for them by construction and (1) is their commutation. For a policy with user folds the two BIOs are
/// any two distinct BIOs of a valid request (nonempty, disjoint, within <c>[off, cut)</c>): every pair the engine
/// swaps is one, so the lemma stays sound, and a fold such as "the highest ok end" is not refuted by BIOs that cannot
/// exist. Without user folds the formula is the one the committed obligations hold, byte for byte.
/// </remarks>
public static class OrderLemma
{
    /// <summary>
    /// Conditions (1) and (2) alone: a fact about the engine's folds, whatever the policy. Where it holds, the
    /// folds end equal in every arrival order, which <see cref="SymbolicWrite.RunViolation"/> may then state.
    /// </summary>
    public static BoolExpr FoldViolation(Z3Scope scope, DeviceGeometry g, SymbolicWrite write) => Conditions(scope, null, g, write);

    public static BoolExpr Violation(Z3Scope scope, IPolicy policy, DeviceGeometry g, SymbolicWrite write) => Conditions(scope, policy, g, write);

    /// <summary>The folds (any-failed, lowest failed start, ok bytes, highest ok end, and the user folds) of two states agree.</summary>
    public static BoolExpr SameFold(IAlgebra<BoolExpr, IntExpr> a, CompletionState<BoolExpr, IntExpr> s, CompletionState<BoolExpr, IntExpr> t)
    {
        var builtin = a.All(
            a.Iff(s.AnyFailed, t.AnyFailed),
            a.Eq(s.LowestFailedStart, t.LowestFailedStart),
            a.Eq(s.OkBytes, t.OkBytes),
            a.Eq(s.HighestOkEnd, t.HighestOkEnd));
        return s.User is { } u && t.User is { } v ? a.And(builtin, SameUserFolds(a, u, v)) : builtin;
    }

    /// <summary>Every user fold has the same value in both.</summary>
    public static BoolExpr SameUserFolds(IAlgebra<BoolExpr, IntExpr> a, UserFolds<BoolExpr, IntExpr> u, UserFolds<BoolExpr, IntExpr> v) =>
        a.AllOf([.. u.Ints.Zip(v.Ints, a.Eq), .. u.Bools.Zip(v.Bools, a.Iff)]);

    /// <summary><see cref="FreeState(Context, string, DeviceGeometry)"/> with the policy's user folds free too (named <c>{name}_fold_{fold}_{geometry}</c>).</summary>
    internal static CompletionState<BoolExpr, IntExpr> FreeState(Context c, string name, DeviceGeometry g, IPolicy policy, Engine.Model.Geometry<BoolExpr, IntExpr> geometry) =>
        FreeState(c, name, g) with { User = FreeUserFolds(c, name, g, policy, geometry) };

    /// <summary>The policy's user folds with every value a free constant; null when it has none.</summary>
    internal static UserFolds<BoolExpr, IntExpr>? FreeUserFolds(Context c, string name, DeviceGeometry g, IPolicy policy, Engine.Model.Geometry<BoolExpr, IntExpr> geometry)
    {
        if (policy.UserFolds<BoolExpr, IntExpr>() is not { } program) return null;
        var tag = g.Name.Replace('-', '_');
        var ints = program.Declared.Where(f => !f.IsBoolean).OrderBy(f => f.Slot).Select(f => (IntExpr)c.MkIntConst($"{name}_fold_{f.Name}_{tag}")).ToArray();
        var bools = program.Declared.Where(f => f.IsBoolean).OrderBy(f => f.Slot).Select(f => (BoolExpr)c.MkBoolConst($"{name}_fold_{f.Name}_{tag}")).ToArray();
        return new UserFolds<BoolExpr, IntExpr>(program, geometry, ints, bools);
    }

    /// <summary>
    /// The BIO <c>[start, end)</c> is one a valid request can have: nonempty and within <c>[off, cut)</c>; with a second
    /// BIO, the two are disjoint. What the lemma assumes of the BIOs it swaps when user folds are in play.
    /// </summary>
    internal static BoolExpr RealBios(IAlgebra<BoolExpr, IntExpr> a, Engine.Model.Geometry<BoolExpr, IntExpr> geometry, (IntExpr Start, IntExpr End, BoolExpr Failed) x, (IntExpr Start, IntExpr End, BoolExpr Failed)? y = null)
    {
        BoolExpr Within((IntExpr Start, IntExpr End, BoolExpr Failed) b) =>
            a.All(a.Le(geometry.Offset, b.Start), a.Lt(b.Start, b.End), a.Le(b.End, geometry.Cut));
        if (y is not { } other) return Within(x);
        return a.All(Within(x), Within(other), a.Or(a.Le(x.End, other.Start), a.Le(other.End, x.Start)));
    }

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

    /// <summary>An arbitrary completing BIO, named as <see cref="FreeState(Context, string, DeviceGeometry)"/> names its fields.</summary>
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
        // Terms are made in the order they always were: Z3's heuristics follow creation order, so a policy without user
        // folds keeps the very query (and solving time) it had.
        var s1 = State("s");
        var other = State("t");
        var x = Bio("x");
        var y = Bio("y");
        var geometry = Engine.Model.Geometry<BoolExpr, IntExpr>.Of(a, write.Request(g));
        if (policy is not null && FreeUserFolds(c, "s", g, policy, geometry) is { } folds) s1 = s1 with { User = folds };
        var s2 = s1 with { FailureArrived = other.FailureArrived, OkBytesBeforeFailure = other.OkBytesBeforeFailure };

        var notCommuting = a.Not(SameFold(Step(Step(s1, x), y), Step(Step(s1, y), x)));
        var notCongruent = a.Not(SameFold(Step(s1, x), Step(s2, x)));
        if (s1.User is not null)
        {
            notCommuting = a.And(RealBios(a, geometry, x, y), notCommuting);
            notCongruent = a.And(RealBios(a, geometry, x), notCongruent);
        }

        if (policy is null) return a.And(write.Valid(g), a.Or(notCommuting, notCongruent));
        var d1 = WriteEngine.Finish(a, policy, geometry, s1);
        var d2 = WriteEngine.Finish(a, policy, geometry, s2);
        var finishReadsMore = a.Not(Engine.Properties.OrderIndependence.Agree(a, d1, d2));
        return a.And(write.Valid(g), a.Or(notCommuting, a.Or(notCongruent, finishReadsMore)));
    }
}
