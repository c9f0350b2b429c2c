using DioVerify.Engine.Algebra;
using DioVerify.Engine.Schedules;
using DioVerify.Smt.Solving;
using Microsoft.Z3;

namespace DioVerify.Smt.Proving.Methods;

/// <summary>
/// The bounded search over a <see cref="FileOrderUnrolling"/>: BIO-count ranges fewest first (0, 1, 2, 3..4, 5..8, …),
/// every geometry per range; the first satisfiable range is narrowed to the minimal counterexample in the existing
/// order — fewest BIOs, then fewest failures, then the shortest request — over every geometry that reaches it.
/// </summary>
/// <remarks>
/// A range is asked first of the invariant alone (one small query per geometry, whatever the count); a proof up to N
/// where that closes costs log N such queries per geometry. A refutation's lower bounds come from the same small
/// queries, and one unrolled query of exactly k steps, made ground by the abstract model's request and outcomes,
/// meets them, so a fault first firing at k BIOs costs about k (measured: see the README's "Speed").
/// </remarks>
public sealed class UnrolledSearch(Z3Scope scope, FileOrderUnrolling unrolling, SymbolicWrite write, GeometryDomain domain, TimeSpan caseTimeout)
{
    /// <summary>Decides the ranges of <c>fromBios..maxBios</c>; with <paramref name="checkDefinedness"/>, each range's well-definedness first.</summary>
    public UnrolledOutcome Run(int maxBios, int fromBios, bool checkDefinedness)
    {
        string? unknown = null;
        foreach (var (lo, hi) in FileOrderUnrolling.Ranges(maxBios, fromBios))
        {
            if (RunningSolvers.Stopped) return UnrolledOutcome.Unknown("interrupted: the run was asked to stop");
            if (checkDefinedness)
            {
                foreach (var g in domain.Geometries)
                {
                    var defined = Check(unrolling.Undefined(g, lo, hi));
                    if (defined.Verdict == SolverVerdict.Sat) return new UnrolledOutcome(UnrolledVerdict.Undefined, null, null, hi);
                    if (defined.Verdict == SolverVerdict.Unknown) unknown ??= $"well-definedness at {lo}..{hi} BIOs, geometry {g.Name}: {defined.ReasonUnknown}";
                }
            }

            // A range the invariant alone closes costs one small query per geometry; the others are narrowed below.
            var open = new List<(DeviceGeometry Geometry, bool AbstractSat)>();
            foreach (var g in domain.Geometries)
            {
                var inductive = unrolling.Inductive(g, lo, hi) is { } query ? Check(query).Verdict : SolverVerdict.Unknown;
                if (inductive != SolverVerdict.Unsat) open.Add((g, inductive == SolverVerdict.Sat));
            }

            if (open.Count == 0) continue;
            var (best, undecided) = Least(open, lo, hi);
            unknown ??= undecided;
            if (best is { } found)
            {
                var uncertified = undecided ?? found.Uncertified ?? (unknown is null ? null : $"a smaller case was left undecided ({unknown})");
                var schedule = unrolling.Decode(Fresh(found) ?? found.Model, found.Geometry, found.Bios);
                return new UnrolledOutcome(UnrolledVerdict.Refuted, schedule, uncertified is null ? null : $"minimality not certified: {uncertified}", hi);
            }
        }

        return unknown is null ? new UnrolledOutcome(UnrolledVerdict.Proved, null, null, maxBios) : UnrolledOutcome.Unknown(unknown);
    }

    /// <summary>The smallest counterexample in <paramref name="lo"/>..<paramref name="hi"/> BIOs over the open geometries, and the first case left undecided.</summary>
    /// <remarks>
    /// <para>
    /// Each geometry's lower bound is found first with the invariant alone: its least BIO count and fewest failures
    /// (<see cref="AbstractCount"/>), then, only for a geometry whose bound can still beat the best found, its shortest
    /// request (<see cref="AbstractLength"/>), each by small queries whose unsat excludes every real run below it,
    /// whatever the count. A geometry is narrowed for real only where its lower bound beats the best counterexample so
    /// far; one unrolled query at that bound, with the request the abstract model chose (then without it), usually meets
    /// it, and a counterexample that meets a proved lower bound is minimal. So a fault at k BIOs costs the unrolled queries
    /// of exactly k steps of the geometries that can be minimal, instead of a range query of 2k steps on every geometry,
    /// bisection and descents (measured: see the README's "Speed").
    /// </para>
    /// <para>
    /// Where the bound is not met (the invariant admits a final state no run reaches) or not found (P4, an unproved
    /// invariant, an undecided query), that geometry is narrowed as before: the count by bisection with full budgets,
    /// then failures and length within <see cref="MinimiseBudget"/>; a query left undecided there is reported as
    /// minimality not certified, never hidden.
    /// </para>
    /// </remarks>
    private (Found? Best, string? Undecided) Least(IReadOnlyList<(DeviceGeometry Geometry, bool AbstractSat)> open, int lo, int hi)
    {
        // The cheap part of each bound first (count and failures: a few tiny queries); the shortest request, the costly
        // part, only for a geometry that can still beat the best found, in the order the cheap keys give.
        var candidates = open
            .Select(o => (o.Geometry, Least: o.AbstractSat ? AbstractCount(o.Geometry, lo, hi) : null))
            .Select(c => (c.Geometry, c.Least, Key: c.Least is { } l ? (l.Bios, l.Failures, LeastLength(c.Geometry, l.Bios)) : Trivial(c.Geometry, lo)))
            .OrderBy(c => c.Key)
            .ToList();
        Found? best = null;
        string? undecided = null;
        foreach (var (g, least, key) in candidates)
        {
            if (best is { } b && key.CompareTo(b.Key) >= 0) continue;
            if (least is { } tie && best is { } rival && (tie.Bios, tie.Failures) == (rival.Bios, rival.Failures)
                && AbstractCheck(A.And(tie.Query, A.Le(write.Length, A.Int(rival.Length - 1)))) is { Verdict: SolverVerdict.Unsat })
            {
                continue; // ties on count and failures, and nothing shorter: this geometry cannot be minimal
            }

            var bound = least is { } l ? AbstractLength(g, l) : null;
            if (best is { } c && bound is not null && bound.Key.CompareTo(c.Key) >= 0) continue;
            string? reason = null;
            var exact = (bound is null ? null : Witness(g, bound)) ?? Narrow(g, lo, hi, best, out reason);
            if (reason is not null) undecided ??= $"geometry {g.Name} at {lo}..{hi} BIOs: {reason}";
            if (exact is { } e && (best is null || e.Key.CompareTo(best.Value.Key) < 0)) best = e;
        }

        return (best, undecided);
    }

    /// <summary>
    /// The counterexample as one more check answers it, right before it is read: the found model's request and outcomes,
    /// pinned (a ground query, cheap at any count), must still violate the property with the found key; if they do not,
    /// the key alone is asked within <see cref="FreshBudget"/>. The found model was read after many later checks of the
    /// same context, any of which could have been stopped; a model decoded straight from its own validated check leaves
    /// nothing in between. Null when neither answers sat (the found model is then decoded, and replay judges it).
    /// </summary>
    private SatModel? Fresh(Found found)
    {
        var key = A.All(unrolling.Violation(found.Geometry, found.Bios, found.Bios), unrolling.AtMostFailures(found.Bios, found.Failures), A.Eq(write.Length, A.Int(found.Length)));
        var m = found.Model;
        var pinned = A.AllOf([
            A.Eq(write.Offset, A.Int(m.Int(write.Offset))), A.Eq(write.FileSize, A.Int(m.Int(write.FileSize))), A.Eq(write.FreeBlocks, A.Int(m.Int(write.FreeBlocks))),
            .. write.Failed.Take(found.Bios).Select(f => m.Bool(f) ? f : A.Not(f))]);
        return Check(A.And(key, pinned)) is { Verdict: SolverVerdict.Sat } same ? same.Model
            : Check(key, FreshBudget) is { Verdict: SolverVerdict.Sat } other ? other.Model
            : null;
    }

    /// <summary>How long <see cref="Fresh"/> may look for another model when the found one does not hold up.</summary>
    private static TimeSpan FreshBudget { get; } = TimeSpan.FromSeconds(10);

    /// <summary>A counterexample on one geometry: its BIO count, failures and length, and why its minimality is not certified, if it is not.</summary>
    private readonly record struct Found(DeviceGeometry Geometry, SatModel Model, int Bios, long Failures, long Length, string? Uncertified)
    {
        public (int, long, long) Key => (Bios, Failures, Length);
    }

    /// <summary>Lower bounds on one geometry's least (BIOs, failures, length), proved by the invariant, and the abstract model at them.</summary>
    private sealed record Bound(int Bios, long Failures, long Length, SatModel Model)
    {
        public (int, long, long) Key => (Bios, Failures, Length);
    }

    private static (int, long, long) Trivial(DeviceGeometry g, int lo) => (lo, 0, LeastLength(g, lo));

    /// <summary>The least BIO count and the fewest failures at it that the invariant admits a violation at, with a model there.</summary>
    private sealed record CountBound(int Bios, long Failures, BoolExpr Query, SatModel Model);

    /// <summary>
    /// The least BIO count some final state meeting the invariant violates the property at, on a geometry whose range is
    /// satisfiable so, then the fewest failures at it, each by bisection over invariant-only queries, the lower bound
    /// tried first. Null where the invariant is not stated or some query stays undecided (no bound is then claimed).
    /// </summary>
    private CountBound? AbstractCount(DeviceGeometry g, int lo, int hi)
    {
        // Fewest BIOs: the least count whose range lo..count is satisfiable (lo..count − 1 unsat proves none below it).
        var low = lo;
        var high = hi;
        for (var first = true; low < high; first = false)
        {
            var probe = first ? low : low + ((high - low) / 2);
            var result = AbstractCheck(unrolling.Inductive(g, lo, probe));
            if (result is null) return null;
            if (result.Verdict == SolverVerdict.Sat) high = probe;
            else low = probe + 1;
        }

        var bios = low;

        // Fewest failures at that count.
        long fewest = 0, most = bios;
        for (var first = true; fewest < most; first = false)
        {
            var probe = first ? fewest : fewest + ((most - fewest) / 2);
            var result = AbstractCheck(unrolling.Inductive(g, bios, bios, probe));
            if (result is null) return null;
            if (result.Verdict == SolverVerdict.Sat) most = probe;
            else fewest = probe + 1;
        }

        var at = unrolling.Inductive(g, bios, bios, fewest)!;
        return AbstractCheck(at) is { Verdict: SolverVerdict.Sat } any ? new CountBound(bios, fewest, at, any.Model!) : null;
    }

    /// <summary>
    /// The shortest request the invariant admits a violation with at <paramref name="count"/>'s BIOs and failures (found
    /// by <see cref="Descend"/>), completing the geometry's lower bound, and the abstract model at it. Null where some
    /// query stays undecided.
    /// </summary>
    private Bound? AbstractLength(DeviceGeometry g, CountBound count)
    {
        var at = count.Query;
        using var incremental = scope.Incremental([at], Prover.Logic);
        var (shortest, _, settled) = Descend(count.Model, m => m.Int(write.Length), l => A.Le(write.Length, A.Int(l)), LeastLength(g, count.Bios), g.SectorSize, Probing(incremental, at, q => AbstractCheck(q) ?? Undecided));
        if (!settled) return null;

        // The request the witness will be asked with: small numbers a person can read, where the invariant allows them.
        var exactly = A.And(at, A.Eq(write.Length, A.Int(shortest)));
        var model = AbstractCheck(A.And(exactly, SmallNumbers())) is { Verdict: SolverVerdict.Sat } small ? small : AbstractCheck(exactly);
        return model is { Verdict: SolverVerdict.Sat } ? new Bound(count.Bios, count.Failures, shortest, model.Model!) : null;
    }

    private static CheckResult Undecided { get; } = new(SolverVerdict.Unknown, "undecided", null, TimeSpan.Zero);

    /// <summary>An invariant-only query: definite, or null (no bound is then claimed).</summary>
    private CheckResult? AbstractCheck(BoolExpr? query) =>
        query is not null && Check(query) is { Verdict: not SolverVerdict.Unknown } result ? result : null;

    /// <summary>
    /// A real run at the geometry's lower bound: unrolled exactly that many steps, with at most that many failures and
    /// that length; first on the request the abstract model chose with the outcomes it suggests (the query is then
    /// ground, so it costs about the unrolling's size: measured 0.05 s at 64 BIOs, 0.25 s at 256, against 3.8 s and
    /// 37 s at 64 and 128 with the outcomes left free), then with free outcomes, then on any request. Null when none is
    /// satisfiable: the bound is not met.
    /// </summary>
    private Found? Witness(DeviceGeometry g, Bound bound)
    {
        var at = A.All(unrolling.Violation(g, bound.Bios, bound.Bios), unrolling.AtMostFailures(bound.Bios, bound.Failures), A.Eq(write.Length, A.Int(bound.Length)));
        var m = bound.Model;
        var request = A.All(A.Eq(write.Offset, A.Int(m.Int(write.Offset))), A.Eq(write.FileSize, A.Int(m.Int(write.FileSize))), A.Eq(write.FreeBlocks, A.Int(m.Int(write.FreeBlocks))));
        var result = Check(A.All(at, request, unrolling.Suggested(m, g, bound.Bios, bound.Failures))) is { Verdict: SolverVerdict.Sat } ground ? ground
            : Check(A.And(at, request)) is { Verdict: SolverVerdict.Sat } guided ? guided
            : Check(at);
        return result.Verdict == SolverVerdict.Sat ? new Found(g, result.Model!, bound.Bios, bound.Failures, bound.Length, null) : null;
    }

    /// <summary>
    /// One geometry's least counterexample in <paramref name="lo"/>..<paramref name="hi"/> BIOs by unrolled queries alone:
    /// the count by bisection (full budgets), then failures and length within <see cref="MinimiseBudget"/>. Null when the
    /// range is unsat there, or undecided (<paramref name="reason"/> says which), or when it is shown that nothing on this
    /// geometry comes before <paramref name="beat"/>, the best found on another one.
    /// </summary>
    private Found? Narrow(DeviceGeometry g, int lo, int hi, Found? beat, out string? reason)
    {
        reason = null;
        if (beat is { } cap) hi = Math.Min(hi, cap.Bios);
        var found = Decide(g, lo, hi);
        if (found.Verdict != SolverVerdict.Sat)
        {
            if (found.Verdict == SolverVerdict.Unknown) reason = found.ReasonUnknown;
            return null;
        }

        var model = found.Model!;
        var least = Count(model, g, hi);
        string? uncertified = null;
        for (var from = lo; from < least;)
        {
            var mid = from + ((least - from) / 2);
            var result = Decide(g, from, mid);
            if (result.Verdict == SolverVerdict.Sat)
            {
                model = result.Model!;
                least = Count(model, g, mid);
            }
            else if (result.Verdict == SolverVerdict.Unsat) from = mid + 1;
            else
            {
                uncertified = $"the BIO count between {from} and {least} was left undecided on geometry {g.Name} ({result.ReasonUnknown})";
                break;
            }
        }

        var deadline = System.Diagnostics.Stopwatch.StartNew();
        CheckResult Within(BoolExpr query)
        {
            var left = MinimiseBudget - deadline.Elapsed;
            return left <= TimeSpan.Zero ? new CheckResult(SolverVerdict.Unknown, "minimisation budget spent", null, TimeSpan.Zero) : Check(query, left);
        }

        var query = unrolling.Violation(g, least, least);
        using var incremental = scope.Incremental([query], Prover.Logic);
        var probe = Probing(incremental, query, Within);

        // Against the best so far (only where this count is certain to be least): one query each that no run here has
        // fewer failures, or as few and a shorter request, ends the geometry (measured: P4's narrowing over ten
        // geometries asked about 120 descent queries, most on geometries that tie on count and failures and lose).
        if (beat is { } b && uncertified is null && least == b.Bios)
        {
            if (probe(unrolling.AtMostFailures(least, b.Failures)) is { Verdict: SolverVerdict.Unsat }) return null;
            if (probe(A.And(unrolling.AtMostFailures(least, b.Failures), A.Le(write.Length, A.Int(b.Length - 1)))) is { Verdict: SolverVerdict.Unsat }
                && probe(unrolling.AtMostFailures(least, b.Failures - 1)) is { Verdict: SolverVerdict.Unsat })
            {
                return null;
            }
        }

        var (failures, failuresModel, failuresSettled) = Descend(model, m => Failures(m, least), f => unrolling.AtMostFailures(least, f), 0, 1, probe);
        var fewest = unrolling.AtMostFailures(least, failures);
        var (length, lengthModel, lengthSettled) = Descend(failuresModel, m => m.Int(write.Length), l => A.And(fewest, A.Le(write.Length, A.Int(l))), LeastLength(g, least), g.SectorSize, probe);
        query = A.And(query, fewest);
        if (!failuresSettled || !lengthSettled) uncertified ??= $"fewest failures and shortest request on geometry {g.Name} not settled within {MinimiseBudget.TotalSeconds:0} s";

        // Offsets and sizes a person can read, when there are such at this length.
        var small = Within(A.All(query, A.Eq(write.Length, A.Int(length)), SmallNumbers()));
        return new Found(g, small.Verdict == SolverVerdict.Sat ? small.Model! : lengthModel, least, failures, length, uncertified);
    }

    /// <summary>Time for narrowing a found counterexample to the minimal one, all queries together.</summary>
    public static TimeSpan MinimiseBudget { get; } = TimeSpan.FromSeconds(30);

    /// <summary>The shortest request that maps to <paramref name="bios"/> BIOs on <paramref name="g"/>: more than <c>(bios − 1)·M</c> bytes, a whole number of sectors.</summary>
    private static long LeastLength(DeviceGeometry g, int bios) => bios == 0 ? g.SectorSize : ((bios - 1) * g.MaxBioBytes) + g.SectorSize;

    /// <summary>The range on one geometry: by the invariant alone when that closes it, else unrolled.</summary>
    private CheckResult Decide(DeviceGeometry g, int lo, int hi, Func<BoolExpr, CheckResult>? check = null)
    {
        check ??= q => Check(q);
        return unrolling.Inductive(g, lo, hi) is { } inductive && check(inductive) is { Verdict: SolverVerdict.Unsat } closed
            ? closed
            : check(unrolling.Violation(g, lo, hi));
    }

    /// <summary>
    /// The least value of <paramref name="measure"/> over the models a query has with <paramref name="atMost"/> added
    /// (<paramref name="check"/> asks that), known to be at least <paramref name="low"/> and at most the value in
    /// <paramref name="model"/>: probes gallop up from the lower bound (<paramref name="low"/>, then 1, 2, 4, …
    /// <paramref name="unit"/>s above the last unsat probe) until one is satisfiable, then bisect. The least value is
    /// usually near its lower bound and the first model's may be near 2^40, so this costs the log of the distance to the
    /// answer rather than of the model's value (measured: a refutation's length search fell from about 40 queries to
    /// under 10). Settled is false where a query stayed undecided (the value is then only the least found).
    /// </summary>
    private static (long Value, SatModel Model, bool Settled) Descend(SatModel model, Func<SatModel, long> measure, Func<long, BoolExpr> atMost, long low, long unit, Func<BoolExpr, CheckResult> check)
    {
        var value = measure(model);
        var high = value;
        var gap = 0L;
        var galloping = true;
        while (low < high)
        {
            var probe = galloping ? Math.Min(low + gap, high - 1) : low + ((high - low) / 2);
            var result = check(atMost(probe));
            if (result.Verdict == SolverVerdict.Sat)
            {
                model = result.Model!;
                value = high = measure(model);
                galloping = false;
            }
            else if (result.Verdict == SolverVerdict.Unsat)
            {
                low = probe + 1;
                gap = gap == 0 ? unit - 1 : (2 * gap) + 1;
            }
            else return (value, model, false);
        }

        return (value, model, true);
    }

    /// <summary>
    /// Checks <paramref name="query"/> with one more formula: on <paramref name="incremental"/> (which holds the query)
    /// while it answers within the first restart budget, else afresh through <paramref name="afresh"/>. Either way the
    /// question is the same conjunction; only the solver's memory of earlier probes differs.
    /// </summary>
    private Func<BoolExpr, CheckResult> Probing(IncrementalQuery incremental, BoolExpr query, Func<BoolExpr, CheckResult> afresh) =>
        extra => incremental.Usable && incremental.Check(extra, FirstRestartBudget) is { Verdict: not SolverVerdict.Unknown } answered
            ? answered
            : afresh(A.And(query, extra));

    private int Count(SatModel model, DeviceGeometry g, int hi) => unrolling.Decode(model, g, hi).Outcomes.Length;

    private int Failures(SatModel model, int bios) => write.Failed.Take(bios).Count(model.Bool);

    private BoolExpr SmallNumbers()
    {
        var a = A;
        var limit = a.Int(1 << 16);
        return a.All(a.Le(write.Offset, limit), a.Le(write.FileSize, limit), a.Le(write.FreeBlocks, a.Int(128)));
    }

    private IAlgebra<BoolExpr, IntExpr> A => scope.Algebra;

    /// <summary>
    /// One query within <paramref name="budget"/> (at most the case budget), restarted with twice the time while it stays
    /// undecided, alternately under Z3's older arithmetic solver (first) and its default one, with a new random seed
    /// every second try: measured, one range query of a fault at 4 BIOs ran past 120 s under one seed while the same
    /// range on other geometries took under 0.2 s, and the older arithmetic first cut a refutation's search from 2.7 s
    /// to 1.6 s. The question never changes, only the search.
    /// </summary>
    private CheckResult Check(BoolExpr query, TimeSpan? budget = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var total = budget is { } b && b < caseTimeout ? b : caseTimeout;
        var slice = FirstRestartBudget;
        for (uint seed = 0; ; seed++)
        {
            var left = total - clock.Elapsed;
            var last = left <= slice * 2;
            var result = scope.Check([query], last ? (left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1)) : slice, logic: Prover.Logic, seed: seed / 2, legacyArithmetic: seed % 2 == 0);
            if (result.Verdict != SolverVerdict.Unknown || last || RunningSolvers.Stopped) return result;
            slice *= 2;
        }
    }

    /// <summary>The first try's budget; each restart doubles it (most queries here take under 20 ms).</summary>
    public static TimeSpan FirstRestartBudget { get; } = TimeSpan.FromSeconds(0.1);
}

/// <summary>What an <see cref="UnrolledSearch"/> established.</summary>
public enum UnrolledVerdict
{
    /// <summary>Every range unsat on every geometry: the property holds up to the bound.</summary>
    Proved,

    /// <summary>A counterexample, minimal, not yet replayed.</summary>
    Refuted,

    /// <summary>Some operation of the run is undefined on a request of at most <see cref="UnrolledOutcome.Bios"/> BIOs.</summary>
    Undefined,

    /// <summary>Some range was left undecided and none was satisfiable.</summary>
    Unknown,
}

/// <summary>The verdict, the counterexample of a refutation, the reason of an unknown, and the bound reached.</summary>
public sealed record UnrolledOutcome(UnrolledVerdict Verdict, Schedule? Counterexample, string? Reason, int Bios)
{
    public static UnrolledOutcome Unknown(string reason) => new(UnrolledVerdict.Unknown, null, reason, 0);
}
