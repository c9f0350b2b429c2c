using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Write;
using DioVerify.Smt.Solving;
using Microsoft.Z3;

namespace DioVerify.Smt.Proving.Methods;

/// <summary>
/// A policy-free invariant of the file-order walk that <see cref="FileOrderUnrolling"/> states at every step once it is
/// proved inductive (initiation and consecution per geometry, each one small query): each of the engine's folds is a
/// function of the position and of ghosts that recompute SPEC's prefix from the outcomes in file order.
/// </summary>
/// <remarks>
/// <para>
/// Why it is stated: without it, relating the engine's lowest failed start (a minimum over completions) to the first
/// failed BIO in file order is an induction over every step that the solver rediscovers in each query by case splits
/// on the outcome bits (measured: <c>contiguous-prefix</c> P1 at 64 BIOs took 310 s unrolled without it). Stated per
/// step, every relation is local. Stating a proved invariant removes no reachable state, so a query's unsat still
/// proves its range and a sat is still a run (it is replayed anyway).
/// </para>
/// <para>
/// The invariant over a frame (position <c>pos</c>, engine state, some-failed <c>sF</c>, first failed start <c>ps</c>,
/// failed bytes <c>fB</c>, and the ghost <c>d</c> of ok bytes chosen to arrive before the first failure):
/// <c>off ≤ pos ≤ cut</c>; none failed ⇒ <c>ps = cut</c>, <c>fB = 0</c>, highest ok end <c>= pos</c>; some failed ⇒
/// <c>off ≤ ps &lt; pos</c>, <c>0 &lt; fB ≤ pos − ps</c>; any-failed and failure-arrived <c>= sF</c>; lowest failed start
/// <c>= ps</c>; ok bytes <c>= (pos − off) − fB</c>; <c>off ≤</c> highest ok end <c>≤ pos</c>; bytes before the first failure
/// (file order) <c>= min(ps, pos) − off</c>; <c>0 ≤ d ≤</c> ok bytes. Every fold then lies in <c>[0, cut − off]</c> or
/// <c>[off, cut]</c>.
/// </para>
/// </remarks>
public static class UnrolledInvariant
{
    /// <summary>The invariant's initiation and consecution (<see cref="DecidedLemmas"/> keeps a definite answer per domain).</summary>
    public const string LemmaName = "unrolled file-order invariant inductive";

    /// <summary>The invariant in words.</summary>
    public const string Text =
        "off <= pos <= cut; none failed => ps = cut, failedBytes = 0, highestOkEnd = pos; some failed => off <= ps < pos, 0 < failedBytes <= pos - ps; " +
        "anyFailed = failureArrived = someFailed; lowestFailedStart = ps; okBytes = (pos - off) - failedBytes; off <= highestOkEnd <= pos; " +
        "okBytesBeforeFailure = min(ps, pos) - off (file order); 0 <= d <= okBytes";

    /// <summary>One state of the walk with its ghosts.</summary>
    public readonly record struct Frame(IntExpr Pos, CompletionState<BoolExpr, IntExpr> State, BoolExpr SomeFailed, IntExpr FirstFailedStart, IntExpr FailedBytes, IntExpr EarlyBytes);

    public static BoolExpr Holds(IAlgebra<BoolExpr, IntExpr> a, Geometry<BoolExpr, IntExpr> geometry, Frame f)
    {
        var off = geometry.Offset;
        var cut = geometry.Cut;
        var s = f.State;
        return a.All(
            a.Le(off, f.Pos),
            a.Le(f.Pos, cut),
            a.Implies(a.Not(f.SomeFailed), a.All(a.Eq(f.FirstFailedStart, cut), a.Eq(f.FailedBytes, a.Int(0)), a.Eq(s.HighestOkEnd, f.Pos))),
            a.Implies(f.SomeFailed, a.All(a.Le(off, f.FirstFailedStart), a.Lt(f.FirstFailedStart, f.Pos), a.Lt(a.Int(0), f.FailedBytes), a.Le(f.FailedBytes, a.Sub(f.Pos, f.FirstFailedStart)))),
            a.Iff(s.AnyFailed, f.SomeFailed),
            a.Iff(s.FailureArrived, f.SomeFailed),
            a.Eq(s.LowestFailedStart, f.FirstFailedStart),
            a.Eq(s.OkBytes, a.Sub(a.Sub(f.Pos, off), f.FailedBytes)),
            a.Le(off, s.HighestOkEnd),
            a.Le(s.HighestOkEnd, f.Pos),
            a.Eq(s.OkBytesBeforeFailure, a.Sub(a.Min(f.FirstFailedStart, f.Pos), off)),
            a.Le(a.Int(0), f.EarlyBytes),
            a.Le(f.EarlyBytes, s.OkBytes));
    }

    /// <summary>The frame submit leaves: at the offset, nothing completed.</summary>
    public static Frame Initial(IAlgebra<BoolExpr, IntExpr> a, Geometry<BoolExpr, IntExpr> geometry) =>
        new(geometry.Offset, WriteEngine.Submit(a, geometry), a.Bool(false), geometry.Cut, a.Int(0), a.Int(0));

    /// <summary>
    /// One step from a frame with <c>pos &lt; cut</c>: BIO <c>[pos, pos + min(M, cut − pos))</c> completes through the engine,
    /// failed or not, and (<paramref name="early"/>, only when ok) arrives before the first failure.
    /// </summary>
    public static Frame Step(IAlgebra<BoolExpr, IntExpr> a, Geometry<BoolExpr, IntExpr> geometry, Frame f, BoolExpr failed, BoolExpr early)
    {
        var length = a.Min(geometry.Request.MaxBioBytes, a.Sub(geometry.Cut, f.Pos));
        var end = a.Add(f.Pos, length);
        return new Frame(
            end,
            WriteEngine.OnComplete(a, f.State, f.Pos, end, failed),
            a.Or(f.SomeFailed, failed),
            a.Ite(a.And(failed, a.Not(f.SomeFailed)), f.Pos, f.FirstFailedStart),
            a.Add(f.FailedBytes, a.Ite(failed, length, a.Int(0))),
            a.Add(f.EarlyBytes, a.Ite(a.And(early, a.Not(failed)), length, a.Int(0))));
    }

    /// <summary>Initiation's and consecution's negations on one geometry: both unsat exactly when the invariant is inductive there.</summary>
    public static IReadOnlyList<BoolExpr> Violations(Z3Scope scope, SymbolicWrite write, DeviceGeometry g)
    {
        var a = scope.Algebra;
        var c = scope.Context;
        var tag = g.Name.Replace('-', '_');
        var geometry = Geometry<BoolExpr, IntExpr>.Of(a, write.Request(g));
        var valid = write.Valid(g);
        var before = new Frame(
            c.MkIntConst($"uinv_pos_{tag}"), OrderLemma.FreeState(c, "uinv", g), c.MkBoolConst($"uinv_someFailed_{tag}"),
            c.MkIntConst($"uinv_ps_{tag}"), c.MkIntConst($"uinv_failedBytes_{tag}"), c.MkIntConst($"uinv_d_{tag}"));
        var after = Step(a, geometry, before, c.MkBoolConst($"uinv_failed_{tag}"), c.MkBoolConst($"uinv_early_{tag}"));
        return [
            a.And(valid, a.Not(Holds(a, geometry, Initial(a, geometry)))),
            a.All(valid, Holds(a, geometry, before), a.Lt(before.Pos, geometry.Cut), a.Not(Holds(a, geometry, after))),
        ];
    }
}
