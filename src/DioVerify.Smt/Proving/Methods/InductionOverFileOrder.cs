using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Write;
using DioVerify.Smt.Solving;
using Microsoft.Z3;

namespace DioVerify.Smt.Proving.Methods;

/// <summary>
/// A per-run property (P1–P5, P7) for every number of BIOs, by an inductive invariant over the BIOs taken in file order.
/// </summary>
/// <remarks>
/// <para>
/// Why file order suffices: where the order lemma (<see cref="OrderLemma"/>) is proved for the policy, every arrival
/// order of the same outcomes ends in the same decision as file order does. Where it is not (arrival-cutoff) but its
/// conditions 1–2 are — the folds end as in file order whatever the order — safety judges finish over
/// <see cref="ArrivalAbstraction.Final"/> of file order's final state: the two arrival-order fields free under the
/// abstraction's invariant, itself proved inductive over arrivals of well-formed BIOs (each step's BIO has length
/// <c>l &gt; 0</c>). That covers every order's final state, so safety's unsat proves the property for all of them.
/// </para>
/// <para>
/// The transition system: the request (offset, length, file size, free blocks) is fixed and symbolic; the block size is
/// one geometry's numeral, the sector size a numeral or a symbolic choice among numerals, and the BIO size a numeral or
/// any positive multiple of the sector size (<see cref="DeviceGeometry"/>). A state is the position <c>pos</c> reached in <c>[off, cut]</c>, the
/// engine's completion state, and ghosts that recompute what the properties read, independently of the engine: the first
/// failed start <c>ps</c> (SPEC's <c>P = ps − off</c>; the cut while none failed), <c>anyF</c> (SPEC's <c>EIO?</c>), the
/// failed bytes, and for P4 the conjunction <c>clean</c> of <see cref="NoStaleExposure"/>'s per-BIO condition (a failed
/// BIO ends by <c>max(isize, off)</c> or starts at or past the new size) for the BIOs seen so far. The new size is known
/// only at finish, so it enters as a prophecy constant <c>σ</c>, free at the start and equated to finish's size in the
/// safety query. A step takes the BIO <c>[pos, pos + l)</c>, <c>l = min(M, cut − pos)</c> — exactly the split of
/// <see cref="BioLayout{TBool, TInt}"/> from <c>off</c> — with a free outcome bit, and runs the engine's own
/// <see cref="WriteEngine.OnComplete{TBool, TInt}"/> on it. The BIO count never appears, so nothing grows with it.
/// </para>
/// <para>
/// The invariant, for the engine and every policy (chosen as the least that makes each fold a function of the prefix
/// seen so far; each conjunct is one fold's meaning): <c>off ≤ pos ≤ cut</c>, and <c>pos = off</c>, <c>pos = cut</c> or
/// <c>pos ≥ off + M</c> — no remainder by <c>M</c>, which is symbolic in the wide domain (a BIO boundary needs no more:
/// the first step moves by <c>M</c> or reaches the cut), and none by the sector size either (measured: a conjunct
/// <c>(pos − off) mod 512 = 0</c> took the z3 CLI's consecution query from 0.1 s past 20 s); no failure yet ⇔ <c>ps = cut</c>, else <c>off ≤ ps &lt; pos</c> with <c>ps = off</c> or <c>ps ≥ off + M</c>
/// (a BIO boundary, so a positive <c>P</c> is at least a sector; stated without a second <c>mod</c>, which made the
/// z3 CLI's consecution queries run past 120 s); the engine's any-failed and
/// failure-arrived equal <c>anyF</c>; its lowest failed start is <c>ps</c>; its ok bytes are <c>(pos − off) − failed
/// bytes</c>, with failed bytes 0 while none failed and in <c>(0, pos − ps]</c> after; its highest ok end lies in
/// <c>[off, pos]</c> and is <c>pos</c> while none failed; its bytes before the first failure are <c>min(ps, pos) − off</c>;
/// <c>clean</c> holds while none failed and whenever <c>σ ≤ ps</c> (every failed BIO starts at or past <c>ps</c>).
/// Every fold then lies in <c>[0, cut − off]</c> or <c>[off, cut]</c>, so no step leaves <c>long</c>.
/// </para>
/// <para>
/// The certificate is three conditions per geometry, each a query whose unsat is required: initiation (submit's state at
/// <c>pos = off</c> satisfies the invariant), consecution (the invariant and <c>pos &lt; cut</c> and one step give the
/// invariant), and safety (the invariant at <c>pos = cut</c> on a valid request gives the property of finish). Safety
/// judges with the property's own code: <see cref="RunFacts{TBool, TInt}"/> reads the layout only for <c>P</c> and
/// <c>EIO?</c> (and P4 its failed BIOs), so it is given the two-BIO layout <c>[off, ps)</c> ok and <c>[ps, …)</c> failed
/// iff <c>anyF</c>, whose <c>P</c> and <c>EIO?</c> are the ghosts'; P4 is judged by its own formula with its per-BIO
/// conjunction replaced by <c>clean</c>, which is that conjunction over the real BIOs.
/// </para>
/// </remarks>
public static class InductionOverFileOrder
{
    public const string Description = "induction over file order: an invariant over (position, prefix, folds), P6 proved (every bound)";

    /// <summary>The method where P6's lemma fails but the folds commute: safety over every order by the arrival abstraction.</summary>
    public const string EveryOrderDescription = "induction over file order: an invariant over (position, prefix, folds), the folds' order lemma proved, every arrival order by the arrival abstraction (every bound)";

    /// <summary>The invariant in words, as a proofs/ header carries it.</summary>
    public const string Invariant =
        "off <= pos <= cut; pos = off or pos = cut or pos >= off + M; ps = cut iff none failed, else off <= ps < pos, ps = off or ps >= off + M; " +
        "anyFailed = failureArrived = (some failed); lowestFailedStart = ps; okBytes = (pos - off) - failedBytes, failedBytes = 0 iff none failed, <= pos - ps; " +
        "off <= highestOkEnd <= pos, = pos while none failed; okBytesBeforeFailure = min(ps, pos) - off; P4's per-BIO conjunction holds while none failed and when newSize <= ps";

    /// <summary>
    /// BIO counts the bounded search reaches where the certificate does not close: a refutation found there is replayed
    /// and decides the obligation, no refutation decides nothing. Every-order search (order lemma not shown) costs more
    /// per case, so it stops at the bound <c>check</c> already runs.
    /// </summary>
    public const int FallbackBios = 8;

    /// <inheritdoc cref="FallbackBios"/>
    public const int OrderDependentFallbackBios = 3;

    public static ProofPlan Plan(bool everyOrder) => new(ProofMethodKind.InductionOverFileOrder, everyOrder ? EveryOrderDescription : Description, null, []);

    /// <summary>
    /// Initiation, consecution and safety on every geometry of the domain, in that order per geometry; with
    /// <paramref name="everyOrder"/>, safety judges every arrival order's final state through the arrival abstraction.
    /// </summary>
    public static IReadOnlyList<VerificationCondition> Conditions(Z3Scope scope, IPolicy policy, IRunProperty property, SymbolicWrite write, GeometryDomain domain, bool everyOrder) =>
        [.. domain.Geometries.SelectMany(g => Conditions(new Walk(scope, write, g), policy, property, everyOrder))];

    /// <summary>
    /// Initiation and consecution on every geometry: they read the engine and the invariant, never a policy or a property
    /// (this takes neither), so one answer serves every obligation on the domain.
    /// </summary>
    public static IReadOnlyList<VerificationCondition> InvariantConditions(Z3Scope scope, SymbolicWrite write, GeometryDomain domain) =>
        [.. domain.Geometries.SelectMany(g => new Walk(scope, write, g).Invariant())];

    /// <summary>Safety of <paramref name="property"/> under <paramref name="policy"/> on every geometry.</summary>
    public static IReadOnlyList<VerificationCondition> SafetyConditions(Z3Scope scope, IPolicy policy, IRunProperty property, SymbolicWrite write, GeometryDomain domain, bool everyOrder) =>
        [.. domain.Geometries.Select(g => new Walk(scope, write, g).Safety(policy, property, everyOrder))];

    /// <summary>
    /// Each condition alone, in order, by <paramref name="check"/>: proved only when all are unsat; the first sat or
    /// unknown is reported.
    /// </summary>
    public static CertificateOutcome Decide(IReadOnlyList<VerificationCondition> conditions, Func<BoolExpr, CheckResult> check)
    {
        foreach (var vc in conditions)
        {
            var result = check(vc.Negation);
            if (result.Verdict == SolverVerdict.Sat) return new CertificateOutcome(false, vc, $"{vc.Label} is satisfiable");
            if (result.Verdict == SolverVerdict.Unknown) return new CertificateOutcome(null, vc, $"{vc.Label}: {result.ReasonUnknown}");
        }

        return new CertificateOutcome(true, null, null);
    }

    /// <summary>
    /// An unbounded obligation's certificate as one SMT-LIB2 text: the header, the method and what it rests on, then each
    /// condition as a complete QF_LIA script ending in <c>(reset)</c>. Every query must be unsat; a sat is not a
    /// counterexample. <paramref name="everyOrder"/> null: P6's certificate, the order lemma alone (induction over arrivals).
    /// </summary>
    public static string Script(Z3Scope scope, string header, IReadOnlyList<VerificationCondition> conditions, bool? everyOrder) =>
        string.Join("\n", everyOrder is not { } order
            ? [
                header,
                $"; method:   {ProofMethodKind.InductionOverArrivals.Name()}: {InductionOverArrivals.Description}",
                "; lemma:    on every case, two completions commute on the folds (any failure, lowest failed start, ok bytes, highest ok end), the folds' update reads nothing else, and the policy's finish reads nothing else: every arrival order ends in the same decision",
                $"; {conditions.Count} queries (the order lemma per case); each must be unsat for the proof; a sat refutes the lemma, not the property",
                "",
            ]
            : [
                header,
                $"; method:   {ProofMethodKind.InductionOverFileOrder.Name()}: {(order ? EveryOrderDescription : Description)}",
                $"; invariant: {Invariant}",
                $"; {conditions.Count} queries (safety per case: the invariant at pos = cut, finished by the policy, implies the property); each must be unsat for the proof; a sat refutes the certificate, not the property",
                "",
            ]) + string.Concat(conditions.Select(vc => $"; case: {vc.Label}\n{scope.ToSmtLib2([vc.Negation], Prover.Logic)}(reset)\n"));

    /// <summary>One geometry's three conditions, in the order the certificate lists them (the terms are built in that order too).</summary>
    private static IEnumerable<VerificationCondition> Conditions(Walk walk, IPolicy policy, IRunProperty property, bool everyOrder)
    {
        foreach (var vc in walk.Invariant()) yield return vc;
        yield return walk.Safety(policy, property, everyOrder);
    }

    /// <summary>The walk's terms on one geometry: the request, its validity, the prophecy σ, the invariant and the step.</summary>
    private sealed class Walk
    {
        private readonly IAlgebra<BoolExpr, IntExpr> a;
        private readonly Context c;
        private readonly DeviceGeometry g;
        private readonly string tag;
        private readonly Geometry<BoolExpr, IntExpr> geometry;
        private readonly BoolExpr valid;
        private readonly IntExpr sigma;
        private readonly IntExpr low;
        private readonly IntExpr bio;

        public Walk(Z3Scope scope, SymbolicWrite write, DeviceGeometry g)
        {
            a = scope.Algebra;
            c = scope.Context;
            this.g = g;
            tag = g.Name.Replace('-', '_');
            geometry = Geometry<BoolExpr, IntExpr>.Of(a, write.Request(g));
            valid = write.Valid(g);
            sigma = c.MkIntConst($"newSize_{tag}");
            low = a.Max(geometry.FileSize, geometry.Offset);
            bio = geometry.Request.MaxBioBytes;
        }

        /// <summary>Initiation, then consecution.</summary>
        public IEnumerable<VerificationCondition> Invariant()
        {
            var submitted = new Frame(geometry.Offset, WriteEngine.Submit(a, geometry), a.Bool(false), geometry.Cut, a.Int(0), a.Bool(true));
            yield return new VerificationCondition("initiation", g, a.All(valid, a.Not(Inv(submitted))));

            var before = Free("inv");
            var step = Step(before, c.MkBoolConst($"step_failed_{tag}"));
            yield return new VerificationCondition("consecution", g, a.All(valid, Inv(before), a.Lt(before.Pos, geometry.Cut), a.Not(Inv(step))));
        }

        public VerificationCondition Safety(IPolicy policy, IRunProperty property, bool everyOrder)
        {
            var final = Free("final");
            var (arrived, anyOrder) = everyOrder ? ArrivalAbstraction.Final(c, a, final.State, $"some_arrival_{tag}") : (final.State, a.Bool(true));
            var outcome = WriteEngine.Finish(a, policy, geometry, arrived);
            BoolExpr holds;
            if (property.Id == PropertyId.P4)
            {
                // NoStaleExposure's formula, its conjunction over the failed BIOs being `clean` (σ is the new size below).
                var size = outcome.NewSize;
                holds = a.Or(a.Le(size, low), a.All(a.Le(size, geometry.Cut), final.Clean));
            }
            else
            {
                var split = geometry with { Request = geometry.Request with { MaxBioBytes = a.Sub(final.PrefixEnd, geometry.Offset) } };
                var summary = BioLayout<BoolExpr, IntExpr>.Split(a, split, 2);
                holds = property.Holds(a, new RunFacts<BoolExpr, IntExpr>(a, summary, [a.Bool(false), final.AnyFailed], outcome));
            }

            return new VerificationCondition("safety", g, a.All(valid, Inv(final), a.Eq(final.Pos, geometry.Cut), anyOrder, a.Eq(sigma, outcome.NewSize), a.Not(holds)));
        }

        private Frame Free(string name) => new(
            c.MkIntConst($"{name}_pos_{tag}"),
            OrderLemma.FreeState(c, name, g),
            c.MkBoolConst($"{name}_someFailed_{tag}"),
            c.MkIntConst($"{name}_prefixEnd_{tag}"),
            c.MkIntConst($"{name}_failedBytes_{tag}"),
            c.MkBoolConst($"{name}_clean_{tag}"));

        private BoolExpr Inv(Frame f)
        {
            var off = geometry.Offset;
            var cut = geometry.Cut;
            var s = f.State;
            var done = a.Sub(f.Pos, off);
            return a.All(
                a.Le(off, f.Pos),
                a.Le(f.Pos, cut),
                a.Or(a.Or(a.Eq(f.Pos, off), a.Eq(f.Pos, cut)), a.Le(a.Add(off, bio), f.Pos)),
                a.Implies(a.Not(f.AnyFailed), a.Eq(f.PrefixEnd, cut)),
                a.Implies(f.AnyFailed, a.All(a.Le(off, f.PrefixEnd), a.Lt(f.PrefixEnd, f.Pos), a.Or(a.Eq(f.PrefixEnd, off), a.Le(a.Add(off, bio), f.PrefixEnd)))),
                a.Iff(s.AnyFailed, f.AnyFailed),
                a.Iff(s.FailureArrived, f.AnyFailed),
                a.Eq(s.LowestFailedStart, f.PrefixEnd),
                a.Eq(s.OkBytes, a.Sub(done, f.FailedBytes)),
                a.Implies(a.Not(f.AnyFailed), a.Eq(f.FailedBytes, a.Int(0))),
                a.Implies(f.AnyFailed, a.All(a.Lt(a.Int(0), f.FailedBytes), a.Le(f.FailedBytes, a.Sub(f.Pos, f.PrefixEnd)))),
                a.Le(off, s.HighestOkEnd),
                a.Le(s.HighestOkEnd, f.Pos),
                a.Implies(a.Not(f.AnyFailed), a.Eq(s.HighestOkEnd, f.Pos)),
                a.Eq(s.OkBytesBeforeFailure, a.Sub(a.Min(f.PrefixEnd, f.Pos), off)),
                a.Implies(a.Or(a.Not(f.AnyFailed), a.Le(sigma, f.PrefixEnd)), f.Clean));
        }

        private Frame Step(Frame f, BoolExpr failed)
        {
            var length = a.Min(bio, a.Sub(geometry.Cut, f.Pos));
            var end = a.Add(f.Pos, length);
            var first = a.And(failed, a.Not(f.AnyFailed));

            // NoStaleExposure's condition on one BIO: a failed BIO misses [max(isize, off), newSize).
            var missesRange = a.Or(a.Le(end, low), a.Le(sigma, f.Pos));
            return new Frame(
                end,
                WriteEngine.OnComplete(a, f.State, f.Pos, end, failed),
                a.Or(f.AnyFailed, failed),
                a.Ite(first, f.Pos, f.PrefixEnd),
                a.Add(f.FailedBytes, a.Ite(failed, length, a.Int(0))),
                a.And(f.Clean, a.Implies(failed, missesRange)));
        }
}

    /// <summary>A state of the file-order walk: position, the engine's folds, and the ghosts the properties read.</summary>
    private readonly record struct Frame(IntExpr Pos, CompletionState<BoolExpr, IntExpr> State, BoolExpr AnyFailed, IntExpr PrefixEnd, IntExpr FailedBytes, BoolExpr Clean);
}
