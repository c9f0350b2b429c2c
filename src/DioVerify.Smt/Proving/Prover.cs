using DioVerify.Verdicts.Proofs;
using DioVerify.Engine.Algebra;
using System.Diagnostics;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Smt.Solving;
using DioVerify.Smt.Proving.Methods;
using Microsoft.Z3;

namespace DioVerify.Smt.Proving;

/// <summary>
/// Decides obligations with Z3 over the engine's own policy code. Order-independence is proved first,
/// for every bound, by <see cref="OrderLemma"/>; where it holds, the other properties need only file
/// order (the outcome is the same for every order), which keeps the solver's work independent of the
/// n! arrival orders. Every counterexample is decoded into a schedule and replayed before it is shown.
/// </summary>
public sealed class Prover(Z3Session session, ProverOptions options, string producedBy)
{
    public const string Logic = "QF_LIA";

    /// <summary>A prover with the default options and a budget of <paramref name="timeout"/> per case.</summary>
    public Prover(Z3Session session, TimeSpan timeout, string producedBy)
        : this(session, ProverOptions.WithTimeout(timeout), producedBy)
    {
    }

    public ProverOptions Options => options;

    /// <summary>Where the order lemma fails, unbounded P6 searches two arrival orders up to this many BIOs for a refutation.</summary>
    public const int UnboundedP6SearchBios = 3;

    private const string LemmaFails = "the induction lemma does not hold for this policy";


    public string SolverName { get; } = $"z3 {Native.Z3NativeLoader.NativeVersion} (in-process)";

    /// <summary>The obligation's identity under this prover's options (<see cref="ObligationIdentity"/>), without deciding it.</summary>
    public string Identity(Obligation o) => ObligationIdentity.Of(session, o, options);

    public ProofResult Prove(Obligation o) =>
        (IsUnboundedRun(o) ? ProveUnbounded(o) : ProveAt(o)) with { Identity = ObligationIdentity.Of(session, o, options) };

    /// <param name="fromBios">Cases with fewer BIOs are skipped: a search that doubles its bound has already found them unsat.</param>
    /// <param name="searchOnly">
    /// Only a refutation counts (the unbounded fallback): the bound's well-definedness step is skipped, since the
    /// unbounded one already passed for every number of BIOs before any fallback runs, a counterexample is replayed
    /// through the concrete engine anyway, and a "proved" here is reported as no more than "none found".
    /// </param>
    /// <param name="geometries">The geometry cases (default: the bounded domain, or the policy's unbounded one for an unbounded obligation).</param>
    private ProofResult ProveAt(Obligation o, int fromBios = 0, bool searchOnly = false, GeometryDomain? geometries = null) =>
        Unrolls(o, geometries) ? ProveUnrolled(o, fromBios, searchOnly) : ProveByCases(o, fromBios, searchOnly, geometries);

    /// <summary>A per-run property at a bound of <see cref="ProverOptions.UnrollFromBios"/> or more: <see cref="FileOrderUnrolling"/>'s business.</summary>
    /// Only on the bounded domain's fixed geometries: the unrolled search takes them one by one.
    private bool Unrolls(Obligation o, GeometryDomain? geometries) =>
        o.Bios >= options.UnrollFromBios && o.Property != PropertyId.P6 && !o.Policy.HasUserFolds && (geometries is null || geometries == options.Geometries);

    /// <summary>
    /// The bound by <see cref="FileOrderUnrolling"/>, smallest BIO count first; where the folds are not shown to commute,
    /// by the cases instead. Well-definedness is asked over the same unrolling, range by range; where it finds an undefined
    /// operation, the per-bound step finds, replays and reports the request.
    /// </summary>
    private ProofResult ProveUnrolled(Obligation o, int fromBios, bool searchOnly)
    {
        var clock = Stopwatch.StartNew();
        var bound = o.Bios!.Value;
        var (outcome, plan) = session.Run(scope =>
        {
            var write = new SymbolicWrite(scope, bound);
            var everyOrder = !OrderLemmaHolds(scope, o.Policy, write, options.Geometries);
            if (everyOrder && !FoldsCommute(scope, write, options.Geometries, o.Policy)) return ((UnrolledOutcome?)null, (ProofPlan?)null);
            var invariant = OnEveryGeometry(UnrolledInvariant.LemmaName, scope, options.Geometries, g => scope.Algebra.AnyOf(UnrolledInvariant.Violations(scope, write, g)));
            var unrolling = new FileOrderUnrolling(scope, write, o.Policy, PropertyCatalog.PerRun.Single(p => p.Id == o.Property), everyOrder, invariant);
            var search = new UnrolledSearch(scope, unrolling, write, options.Geometries, options.CaseTimeout);

            // The count-free well-definedness step (geometry, finish and cleanup on any state within the invariant's
            // bounds; kept per policy) and the invariant, which bounds every value a completion computes, together cover
            // every range; only where either is not shown is each range's run asked.
            var definedForEveryCount = !searchOnly && invariant && WellDefinedness.Check(scope, o.Policy, null, () => options.CaseTimeout, options.Geometries).Defined == true;
            return (search.Run(bound, fromBios, checkDefinedness: !searchOnly && !definedForEveryCount), new ProofPlan(unrolling.Kind, unrolling.Description, null, []));
        });
        if (outcome is null || plan is null) return ProveByCases(o, fromBios, searchOnly, options.Geometries);

        var domain = Domain(o, plan.Kind, options.Geometries);
        switch (outcome.Verdict)
        {
            case UnrolledVerdict.Proved:
                return Result(o, ProofVerdict.Proved, clock, plan, null, null, domain);
            case UnrolledVerdict.Unknown:
                return Result(o, ProofVerdict.Unknown, clock, plan, null, outcome.Reason, domain);
            case UnrolledVerdict.Undefined:
                var undefined = session.Run(scope => Undefined(scope, o with { Bios = outcome.Bios }, clock, options.Geometries));
                return undefined is null
                    ? Result(o, ProofVerdict.Unknown, clock, plan, null, $"the unrolling finds an undefined operation up to {outcome.Bios} BIOs that the per-bound well-definedness step does not", domain)
                    : undefined with { Obligation = o, Domain = domain };
        }

        var schedule = outcome.Counterexample! with { Policy = o.Policy.Name, Property = o.Property, ProducedBy = producedBy };
        try
        {
            Replay.Confirm("solver's", o.Policy, o.Property, schedule);
        }
        catch (CounterexampleDoesNotReplayException e)
        {
            return Result(o, ProofVerdict.Unknown, clock, plan, null, "internal error: the counterexample does not replay", domain) with { InternalError = e.Message };
        }

        return Result(o, ProofVerdict.Refuted, clock, plan, schedule, outcome.Reason, domain);
    }

    private ProofResult ProveByCases(Obligation o, int fromBios, bool searchOnly, GeometryDomain? geometries) => session.Run(scope =>
    {
        var clock = Stopwatch.StartNew();
        geometries ??= o.Bios is null ? UnboundedDomain.For(scope, o.Policy, options.RequestedUnbounded) : options.Geometries;

        // User folds have no invariant for every bound: their arithmetic is checked up to the search's bound, and the
        // order lemma, if it holds, proves nothing (see UserFoldInvariant).
        var userFolds = o.Bios is null ? UserFoldInvariant.Missing(o.Policy) : null;
        var definedAt = userFolds is null ? o : o with { Bios = UnboundedP6SearchBios };
        if (!searchOnly && Undefined(scope, definedAt, clock, geometries) is { } undefinedArithmetic) return undefinedArithmetic with { Obligation = o };

        var plan = Plan(scope, o, geometries);
        var domain = Domain(o, plan.Kind, geometries);
        var lemmaSearch = false;
        if (plan.Lemma is { } formula)
        {
            // The lemma was already decided one geometry at a time while planning (each alone is quick, where the
            // disjunction over every geometry took Z3 over 10 s to refute for arrival-cutoff): reuse a definite answer.
            var known = DecidedLemmas.Get(DecidedLemmas.OrderLemmaName, o.Policy, geometries) is { } holds ? holds ? SolverVerdict.Unsat : SolverVerdict.Sat : (SolverVerdict?)null;
            var lemma = known is { } verdict ? new CheckResult(verdict, null, null, TimeSpan.Zero) : scope.Check([formula], options.CaseTimeout);
            if (lemma.Verdict == SolverVerdict.Unsat && userFolds is not null)
            {
                return Result(o, ProofVerdict.Unknown, clock, plan, null, $"the order lemma holds, but {userFolds}", domain);
            }

            if (lemma.Verdict != SolverVerdict.Sat || o.Bios is not null)
            {
                return lemma.Verdict switch
                {
                    SolverVerdict.Unsat => Result(o, ProofVerdict.Proved, clock, plan, null, null, domain),
                    SolverVerdict.Sat => Result(o, ProofVerdict.Unknown, clock, plan, null, LemmaFails, domain),
                    _ => Result(o, ProofVerdict.Unknown, clock, plan, null, lemma.ReasonUnknown, domain),
                };
            }

            // The lemma fails, so this method proves nothing for every bound; two symbolic arrival orders at a few BIOs
            // can still refute P6 (a counterexample at any bound refutes "every number of BIOs"). Finding none proves
            // nothing: the answer is then unknown, never proved.
            plan = SelfComposition.Plan(o.Policy, new SymbolicWrite(scope, UnboundedP6SearchBios), UnboundedP6SearchBios, geometries);
            domain = Domain(o with { Bios = UnboundedP6SearchBios }, plan.Kind, geometries);
            lemmaSearch = true;
        }

        // One (BIO count, geometry) case at a time, smallest count first: the counterexample found first has the
        // fewest BIOs, and each case alone is easy where their disjunction is not (measured: a case takes ~0.02 s; the
        // disjunction over six geometries timed out at 20 s on the same P5). Each case has a budget of its own, and an
        // undecided case does not stop the search: a later case may still refute the obligation.
        string? unknown = null;
        var abstracted = 0;
        var cases = plan.Cases.Where(c => c.Bios >= fromBios).OrderBy(c => c.Bios).ToList();
        foreach (var c in cases)
        {
            if (RunningSolvers.Stopped)
            {
                unknown ??= "interrupted: the run was asked to stop";
                break;
            }

            // An unsatisfiable abstraction decides the case for every order; anything else leaves it to the network.
            if (c.Abstraction.Count > 0 && c.Abstraction.All(q => CheckWithRestarts(scope, q).Verdict == SolverVerdict.Unsat))
            {
                abstracted++;
                continue;
            }

            // File order goes to Z3's QF_LIA solver, every-order networks to its default one. Measured at 16 BIOs:
            // the default solver stalled for 97 s on a file-order P5 case that QF_LIA decides in 0.1 s, while
            // QF_LIA times out on the networks that the default solver decides.
            var logic = c.Arrival is null ? Logic : null;
            var (verdict, model, reason) = CheckThenPreferSmallNumbers(scope, c.Formula, logic);
            if (verdict == SolverVerdict.Sat)
            {
                var schedule = Decode(o, [c], model!);
                try
                {
                    Replay.Confirm("solver's", o.Policy, o.Property, schedule);
                }
                catch (CounterexampleDoesNotReplayException e)
                {
                    // The encoding and the engine disagree: DioVerify contradicted itself, which is never a verdict.
                    return Result(o, ProofVerdict.Unknown, clock, plan, null, "internal error: the counterexample does not replay", domain) with { InternalError = e.Message };
                }

                return Result(o, ProofVerdict.Refuted, clock, plan, schedule, null, domain);
            }

            if (verdict == SolverVerdict.Unknown) unknown ??= $"at {c.Bios} BIOs, geometry {c.Geometry.Name}: {reason}";
        }

        var note = abstracted > 0
            ? $"; {abstracted} of {cases.Count} cases decided without the network, by the arrival abstraction (folds as in file order, arrival-order fields free under their inductive invariant)"
            : "";
        if (lemmaSearch)
        {
            return Result(o, ProofVerdict.Unknown, clock, plan, null, $"{LemmaFails}; no two arrival orders up to {UnboundedP6SearchBios} BIOs differ{(unknown is null ? "" : $" ({unknown})")}", domain, note);
        }

        return unknown is null
            ? Result(o, ProofVerdict.Proved, clock, plan, null, null, domain, note)
            : Result(o, ProofVerdict.Unknown, clock, plan, null, unknown, domain, note);
    });

    /// <summary>A per-run property (not P6) for every number of BIOs: <see cref="InductionOverFileOrder"/>'s business.</summary>
    private static bool IsUnboundedRun(Obligation o) => o.Bios is null && o.Property != PropertyId.P6;

    /// <summary>
    /// A per-run property for every number of BIOs: where the order lemma holds, by the file-order invariant's certificate
    /// (<see cref="InductionOverFileOrder"/>), proved only when every condition is unsat. Where it does not close — a
    /// condition satisfiable, or the lemma not shown — a bounded search runs, and only a refutation it finds (replayed)
    /// is a verdict; finding none is no proof, so the answer is unknown.
    /// </summary>
    private ProofResult ProveUnbounded(Obligation o)
    {
        var clock = Stopwatch.StartNew();
        var geometries = session.Run(scope => UnboundedDomain.For(scope, o.Policy, options.RequestedUnbounded));
        var domain = Domain(o, ProofMethodKind.InductionOverFileOrder, geometries);
        var everyOrder = false;
        var userFolds = UserFoldInvariant.Missing(o.Policy);
        var (early, certificate) = session.Run(scope =>
        {
            if (userFolds is not null)
            {
                // No certificate without an invariant for the user's folds: straight to the bounded search below.
                everyOrder = !OrderLemmaHolds(scope, o.Policy, new SymbolicWrite(scope, 0), geometries);
                return ((ProofResult?)null, (CertificateOutcome?)null);
            }

            if (Undefined(scope, o, clock, geometries) is { } undefinedArithmetic) return (undefinedArithmetic, null);
            var write = new SymbolicWrite(scope, 0);
            everyOrder = !OrderLemmaHolds(scope, o.Policy, write, geometries);
            if (everyOrder && !(FoldsCommute(scope, write, geometries, o.Policy) && ArrivalInvariantHolds(scope, write, geometries))) return ((ProofResult?)null, (CertificateOutcome?)null);
            var property = PropertyCatalog.PerRun.Single(p => p.Id == o.Property);
            CheckResult Check(BoolExpr q) => CheckCondition(scope, q);

            // Initiation and consecution read neither the policy nor the property (their builder takes neither), so they
            // are decided once per domain; an invariant shown not inductive is reported with its condition every time.
            CertificateOutcome? inductive = null;
            DecidedLemmas.Decide(DecidedLemmas.FileOrderInvariantName, null, geometries, () =>
            {
                inductive = InductionOverFileOrder.Decide(InductionOverFileOrder.InvariantConditions(scope, write, geometries), Check);
                return inductive.Holds is true ? true : null;
            });
            if (inductive is { Holds: not true }) return (null, inductive);
            return (null, InductionOverFileOrder.Decide(InductionOverFileOrder.SafetyConditions(scope, o.Policy, property, write, geometries, everyOrder), Check));
        });
        if (early is not null) return early;
        var plan = InductionOverFileOrder.Plan(everyOrder);
        if (certificate is { Holds: true }) return Result(o, ProofVerdict.Proved, clock, plan, null, null, domain);
        if (certificate is { Holds: null }) return Result(o, ProofVerdict.Unknown, clock, plan, null, certificate.Reason, domain);

        var why = userFolds ?? certificate?.Reason ?? "neither the order lemma nor the arrival abstraction is shown, so file order does not stand for every arrival order";
        var bound = userFolds is null ? FileOrderUnrolling.SearchBios : InductionOverFileOrder.OrderDependentFallbackBios;
        ProofResult bounded;
        if (userFolds is null)
        {
            // The unrolling searches smallest BIO count first on the bounded domain's geometries, so one call stands for
            // the doubling rounds the cases needed and reaches faults that need many BIOs; a fault only on a geometry
            // outside them is then looked for over the unbounded domain, doubling up to a few BIOs.
            bounded = ProveUnrolled(o with { Bios = bound }, 0, searchOnly: true);
            if (bounded.Verdict != ProofVerdict.Refuted && bounded.InternalError is null && geometries != options.Geometries)
            {
                var wideBound = everyOrder ? InductionOverFileOrder.OrderDependentFallbackBios : InductionOverFileOrder.FallbackBios;
                var wide = ProveAt(o with { Bios = 1 }, searchOnly: true, geometries: geometries);
                for (var n = 2; wide.Verdict == ProofVerdict.Proved && n / 2 < wideBound; n *= 2)
                {
                    wide = ProveAt(o with { Bios = Math.Min(n, wideBound) }, fromBios: (n / 2) + 1, searchOnly: true, geometries: geometries);
                }

                if (wide.Verdict == ProofVerdict.Refuted || wide.InternalError is not null) bounded = wide;
            }
        }
        else
        {
            // User folds: each bound also checks their arithmetic over every arrival order (no unbounded well-definedness
            // ran), so the search doubles through the cases and stops where an order-dependent one does.
            bounded = ProveAt(o with { Bios = 1 }, geometries: geometries);
            for (var n = 2; bounded.Verdict == ProofVerdict.Proved && n / 2 < bound; n *= 2)
            {
                bounded = ProveAt(o with { Bios = Math.Min(n, bound) }, fromBios: (n / 2) + 1, geometries: geometries);
            }
        }

        if (bounded.Verdict == ProofVerdict.Refuted || bounded.InternalError is not null)
        {
            return bounded with { Obligation = o, Elapsed = clock.Elapsed, Method = $"{plan.Description}: {why}; then {bounded.Method}", Domain = domain };
        }

        var searched = bounded.Verdict == ProofVerdict.Proved ? $"no counterexample up to {bound} BIOs" : $"bounded search up to {bound} BIOs undecided: {bounded.Reason}";
        var weak = userFolds is null ? " (the invariant is too weak, or the property fails beyond the search)" : "";
        return Result(o, ProofVerdict.Unknown, clock, plan, null, $"{why}{weak}; {searched}", domain);
    }

    /// <summary>
    /// A symbolic verdict speaks of the concrete engine only where every operation is defined there (see
    /// <see cref="WellDefinedness"/>): the refutation or unknown that says it is not, or null when it is.
    /// </summary>
    private ProofResult? Undefined(Z3Scope scope, Obligation o, Stopwatch clock, GeometryDomain geometries)
    {
        WellDefinednessVerdict defined;
        try
        {
            defined = WellDefinedness.Check(scope, o.Policy, o.Bios, () => options.CaseTimeout, geometries);
        }
        catch (ProverDisagreementException e)
        {
            var step = new ProofPlan(ProofMethodKind.WellDefinedness, WellDefinedness.Method, null, []);
            return Result(o, ProofVerdict.Unknown, clock, step, null, "internal error: the interpretations disagree", Domain(o, step.Kind, geometries)) with { InternalError = e.Message };
        }

        if (defined is { Defined: not true } undefined)
        {
            var request = undefined.Counterexample is { } s ? s with { Property = o.Property, ProducedBy = producedBy } : null;
            var method = new ProofPlan(ProofMethodKind.WellDefinedness, WellDefinedness.Method, null, []);
            return Result(o, undefined.Defined is false ? ProofVerdict.Refuted : ProofVerdict.Unknown, clock, method, request, undefined.Reason, Domain(o, method.Kind, geometries));
        }

        return null;
    }

    /// <summary>
    /// Exactly what a verdict on <paramref name="o"/> covers: the BIO counts the method reaches and the geometry domain.
    /// A proved verdict claims this and nothing wider.
    /// </summary>
    public static string Domain(Obligation o, ProofMethodKind method, GeometryDomain geometries) =>
        // A user fold's arithmetic is checked only up to the bound (UserFoldInvariant), so an induction claims no more.
        ((method is ProofMethodKind.InductionOverArrivals or ProofMethodKind.InductionOverFileOrder && UserFoldInvariant.Missing(o.Policy) is null) || o.Bios is null
            ? "every number of BIOs" : $"requests mapping to 0..{o.Bios} BIOs")
        + $", any offset, length, file size and free-block count, every outcome and arrival order, on {geometries.Describe()}";

    /// <summary>
    /// Decides the case; when it is satisfiable, asks again with offsets, sizes and free space below 64 KiB
    /// for a counterexample a person can read, keeping the first model when there is none that small.
    /// Unsatisfiable cases — every case of a proved obligation — are solved once.
    /// </summary>
    private (SolverVerdict Verdict, SatModel? Model, string? Reason) CheckThenPreferSmallNumbers(Z3Scope scope, BoolExpr formula, string? logic)
    {
        var full = scope.Check([formula], options.CaseTimeout, logic: logic);
        if (full.Verdict != SolverVerdict.Sat) return (full.Verdict, null, full.ReasonUnknown);
        var small = scope.Check([formula, SmallNumbers(scope)], Min(options.CaseTimeout, options.SmallNumbersBudget), logic: logic);
        return (SolverVerdict.Sat, small.Verdict == SolverVerdict.Sat ? small.Model : full.Model, null);
    }

    /// <summary>
    /// The obligation as a standalone SMT-LIB2 script with its header: per case (BIO count × geometry) exactly
    /// the query <see cref="Prove"/> decides, separated by <c>(reset)</c>. Any <c>sat</c> is a counterexample;
    /// all <c>unsat</c> proves the obligation. An unbounded obligation exports its certificate instead
    /// (<see cref="Certificate"/>), whose <c>sat</c> refutes the certificate, not the property.
    /// </summary>
    public string SmtLib2(Obligation o)
    {
        if (o.Bios is null && UserFoldInvariant.Missing(o.Policy) is { } noInvariant)
        {
            // No certificate to export: one query with nothing asserted, which every solver answers sat, and an
            // unbounded obligation's sat is never a verdict (it refutes a lemma, not the property): unknown, never proved.
            return session.Run(scope => string.Join("\n", [
                $"; DioVerify proof obligation ({producedBy})",
                $"; policy:   {o.Policy.Name}",
                $"; property: {o.Property} {PropertyCatalog.NameOf(o.Property)}: {PropertyCatalog.FormalOf(o.Property)}",
                $"; bound:    {o.BoundText}",
                $"; no certificate: {noInvariant}",
                "; 1 query, trivially sat: it proves nothing, so the obligation stays unknown",
                "",
            ]) + $"{scope.ToSmtLib2([scope.Algebra.Bool(true)], Logic)}(reset)\n");
        }

        if (o.Bios is null) return Certificate(o);
        return session.Run(scope =>
        {
            var plan = Plan(scope, o, options.Geometries);
        // Only the query the prover decides, once per case. The file once also carried a "numbers below 64 KiB"
        // variant of each case: redundant for unsat (it implies the full case) and, measured with z3 4.8.12 on
        // contiguous-prefix P5, 8x the CLI's time (36.9 s → 4.5 s without it), since bounding the integers makes
        // branch-and-bound work through every residue. Readable counterexamples are the in-process prover's job.
        var queries = plan.Lemma is { } lemma
            ? [("order lemma over every geometry", lemma)]
            : plan.Cases.OrderBy(c => c.Bios).Select(c => ($"{c.Bios} BIOs, geometry {c.Geometry.Name}", c.Formula)).ToList();
        var header = string.Join("\n", [
            $"; DioVerify proof obligation ({producedBy})",
            $"; policy:   {o.Policy.Name}",
            $"; property: {o.Property} {PropertyCatalog.NameOf(o.Property)}: {PropertyCatalog.FormalOf(o.Property)}",
            $"; bound:    {o.BoundText}",
            $"; method:   {plan.Kind.Name()}: {plan.Description}",
            $"; geometry: {string.Join(", ", options.Geometries.Geometries.Select(g => $"{g.Name} (S={g.SectorSize}, B={g.BlockSize}, M={g.MaxBioBytes})"))}",
            $"; {queries.Count} queries; any sat is a counterexample (the rest need not be solved), all unsat means the property holds.",
        ]);
        // Each query is a complete script ending in (reset): both z3 and cvc5 answer a sequence of them in
        // one process, where cvc5's incremental mode (push/pop) was measured 1000x slower on the same queries.
        var scripts = queries.Select(q => $"; case: {q.Item1}\n{scope.ToSmtLib2([q.Item2], Logic)}(reset)\n");
        return $"{header}\n{string.Concat(scripts)}";
        });
    }

    /// <summary>
    /// An unbounded obligation's certificate: a header naming the method, the domain, the geometry cases, the obligation's
    /// identity and the certificates it rests on, then its own queries, each a complete QF_LIA script ending in
    /// <c>(reset)</c> that must be unsat. P6's is its order lemma per case; a per-run property's is safety per case, resting
    /// on the policy's P6 certificate (or, where that fails, on the shared premises of every order) and on the invariant's
    /// initiation and consecution, which read no policy and are certified once per domain (<see cref="InvariantCertificate"/>).
    /// </summary>
    public string Certificate(Obligation o)
    {
        var identity = Identity(o);
        return session.Run(scope =>
        {
            var geometries = UnboundedDomain.For(scope, o.Policy, options.RequestedUnbounded);
            var write = new SymbolicWrite(scope, 0);
            var orderFree = OrderLemmaHolds(scope, o.Policy, write, geometries);
            var kind = o.Property == PropertyId.P6 ? ProofMethodKind.InductionOverArrivals : ProofMethodKind.InductionOverFileOrder;
            List<string> header = [
                $"; DioVerify certificate ({producedBy})",
                $"; policy:   {o.Policy.Name}",
                $"; property: {o.Property} {PropertyCatalog.NameOf(o.Property)}: {PropertyCatalog.FormalOf(o.Property)}",
                $"; bound:    {o.BoundText}",
                $"; identity: {identity}",
                $"; domain:   {Domain(o, kind, geometries)}",
                $"; cases:    {string.Join("; ", geometries.Geometries.Select(g => $"{g.Name} ({g.Text})"))}",
            ];
            if (o.Property == PropertyId.P6)
            {
                var lemma = geometries.Geometries.Select(g => new VerificationCondition("order lemma", g, OrderLemma.Violation(scope, o.Policy, g, write))).ToList();
                return InductionOverFileOrder.Script(scope, string.Join("\n", header), lemma, null);
            }

            header.Add($"; rests on: {(orderFree ? $"{o.Policy.Name}.P6.smt2 (P6's order lemma for this policy), " : "")}{InvariantFileName(geometries)} (the invariant's initiation and consecution{(orderFree ? "" : ", the folds' commutation and the arrival abstraction's induction")}, per case)");
            var property = PropertyCatalog.PerRun.Single(p => p.Id == o.Property);
            return InductionOverFileOrder.Script(scope, string.Join("\n", header), InductionOverFileOrder.SafetyConditions(scope, o.Policy, property, write, geometries, !orderFree), !orderFree);
        });
    }

    /// <summary>The file (under proofs/unbounded/) of the certificate every per-run certificate on <paramref name="geometries"/> rests on.</summary>
    public static string InvariantFileName(GeometryDomain geometries) =>
        geometries == GeometryDomain.Wide ? "invariant.wide.smt2"
        : geometries == GeometryDomain.WidePerSector ? "invariant.wide-per-sector.smt2"
        : geometries == GeometryDomain.Family ? "invariant.family.smt2"
        : $"invariant.{string.Join("+", geometries.Geometries.Select(g => g.Name))}.smt2";

    /// <summary>The geometry cases the policy's unbounded obligations are proved on (<see cref="UnboundedDomain"/>).</summary>
    public GeometryDomain UnboundedGeometries(IPolicy policy) => session.Run(scope => UnboundedDomain.For(scope, policy, options.RequestedUnbounded));

    /// <summary>
    /// What every per-run certificate on <paramref name="geometries"/> rests on besides its policy's order lemma, none of
    /// it reading a policy or a property: the file-order invariant's initiation and consecution, and, for order-dependent
    /// policies, the folds' commutation (order lemma 1-2) and the arrival abstraction's induction — per case, each unsat.
    /// </summary>
    public string InvariantCertificate(GeometryDomain geometries) => session.Run(scope =>
    {
        var write = new SymbolicWrite(scope, 0);
        IReadOnlyList<VerificationCondition> conditions = [
            .. InductionOverFileOrder.InvariantConditions(scope, write, geometries),
            .. geometries.Geometries.Select(g => new VerificationCondition("premise: the folds commute (order lemma 1-2)", g, OrderLemma.FoldViolation(scope, g, write))),
            .. geometries.Geometries.Select(g => new VerificationCondition("premise: the arrival abstraction is inductive", g, ArrivalAbstraction.InductionViolation(scope, g, write))),
        ];
        string[] header = [
            $"; DioVerify certificate ({producedBy}): what every per-run certificate on this domain rests on; it reads no policy and no property",
            $"; domain:   every number of BIOs, any offset, length, file size and free-block count, every outcome, on {geometries.Describe()}",
            $"; cases:    {string.Join("; ", geometries.Geometries.Select(g => $"{g.Name} ({g.Text})"))}",
            $"; method:   {ProofMethodKind.InductionOverFileOrder.Name()}: initiation and consecution of the invariant below, per case; then the order lemma's conditions 1-2 and the arrival abstraction's induction (used only by order-dependent policies)",
            $"; invariant: {InductionOverFileOrder.Invariant}",
            $"; {conditions.Count} queries; each must be unsat; a sat refutes the certificate, not any property",
            "",
        ];
        return string.Join("\n", header) + string.Concat(conditions.Select(vc => $"; case: {vc.Label}\n{scope.ToSmtLib2([vc.Negation], Logic)}(reset)\n"));
    });

    /// <summary>
    /// Chooses the method for the obligation — the order lemma decides whether file order suffices — and lets it
    /// plan its queries. Each bounded case is its own query: their disjunction is never built, since merely asserting
    /// it was seen to slow Z3.
    /// </summary>
    private ProofPlan Plan(Z3Scope scope, Obligation o, GeometryDomain domain)
    {
        var maxBios = o.Bios ?? 0;
        var write = new SymbolicWrite(scope, maxBios);
        var orderFree = OrderLemmaHolds(scope, o.Policy, write, domain);

        if (o.Property == PropertyId.P6)
        {
            return orderFree || o.Bios is null
                ? InductionOverArrivals.Plan(scope, o.Policy, write, domain)
                : SelfComposition.Plan(o.Policy, write, maxBios, domain);
        }

        if (o.Bios is null)
        {
            throw new ArgumentException($"{o.Property} has no unbounded proof yet; give a bound", nameof(o));
        }

        var property = PropertyCatalog.PerRun.Single(p => p.Id == o.Property);
        var encoding = orderFree ? ArrivalEncoding.FileOrder
            : !FoldsCommute(scope, write, domain, o.Policy) ? ArrivalEncoding.Network
            : ArrivalInvariantHolds(scope, write, domain) ? ArrivalEncoding.AbstractedThenNetwork
            : ArrivalEncoding.NetworkSameFolds;
        return BoundedRun.Plan(o.Policy, property, write, maxBios, domain, encoding);
    }

    /// <summary>Unsat within a short budget, else again under the next random seed with twice the budget (<see cref="ProverOptions.Restarts"/>).</summary>
    /// <param name="alternate">
    /// Every other try in Z3's default solver rather than its QF_LIA one: the wide domain's certificate queries are
    /// heavy-tailed across the two (measured with the z3 CLI: legacy-all-or-nothing's P5 safety ran past 60 s in QF_LIA
    /// and took 11 s in the default solver, sector-count-units' P7 the other way round, 3 s against past 60 s).
    /// </param>
    private CheckResult CheckWithRestarts(Z3Scope scope, BoolExpr query, bool alternate = false)
    {
        var budget = options.FirstRestartBudget;
        for (uint seed = 0; ; seed++)
        {
            var result = scope.Check([query], Min(options.CaseTimeout, budget), logic: alternate && seed % 2 == 1 ? null : Logic, seed: seed);
            if (result.Verdict != SolverVerdict.Unknown || seed + 1 >= options.Restarts) return result;
            budget *= 2;
        }
    }

    private static TimeSpan Min(TimeSpan x, TimeSpan y) => x < y ? x : y;

    /// <summary>
    /// A certificate condition's tries before the seeded restarts: Z3's QF_LIA solver with its older arithmetic
    /// (<c>arith.solver=2</c>) or its default one, a resource limit (Z3's deterministic <c>rlimit</c> units), and a
    /// wall-clock cap, which only bounds the default arithmetic where its units come slowly.
    /// </summary>
    private static readonly (bool Legacy, uint Limit, TimeSpan Cap)[] ConditionTries =
    [
        (true, 500_000, TimeSpan.FromSeconds(10)),
        (false, 100_000, TimeSpan.FromSeconds(2)),
        (true, 4_000_000, TimeSpan.FromSeconds(30)),
        (false, 1_000_000, TimeSpan.FromSeconds(10)),
        (true, 16_000_000, TimeSpan.FromSeconds(60)),
    ];

    /// <summary>
    /// A certificate condition (initiation, consecution, safety): the <see cref="ConditionTries"/>, then the seeded
    /// restarts alternating with the default solver, then the whole case budget. Only the budget changes how soon an
    /// answer comes: every try asks the same query, and one cut short is unknown.
    /// </summary>
    /// <remarks>
    /// Measured with the z3 4.8.12 CLI on the 620 per-run queries of the committed certificates: the older arithmetic
    /// decided all but 5 within 0.5 M units (0.01–0.15 s each) and one of them not within 3 s (sector-count-units P7
    /// cases, which the default one decides within 33 k units); the default one decided 604 within 0.44 M and ran past
    /// 3 s on 16 (P5's safety on the larger blocks), where its units also come slowly (1 M took 2–2.7 s against 0.16 s
    /// for the older one; in-process, 0.5 M once took 120 s at load ~35), hence the older first and the caps. Counted
    /// limits do not depend on the load: under the wall-clock restarts alone (0.2 s, doubling) each P5 safety query
    /// spent 7–13 s in tries cut short on the shared machine at load ~30.
    /// </remarks>
    private CheckResult CheckCondition(Z3Scope scope, BoolExpr query)
    {
        foreach (var (legacy, limit, cap) in ConditionTries)
        {
            var result = scope.Check([query], Min(options.CaseTimeout, cap), resourceLimit: limit, logic: Logic, legacyArithmetic: legacy);
            if (result.Verdict != SolverVerdict.Unknown || RunningSolvers.Stopped) return result;
        }

        // The conditions are heavy-tailed (measured: one that usually takes 0.1 s ran past 60 s under one seed), so
        // restarts under new seeds come next, then the whole budget.
        return CheckWithRestarts(scope, query, alternate: true) is { Verdict: not SolverVerdict.Unknown } decided
            ? decided
            : scope.Check([query], options.CaseTimeout, logic: Logic, seed: (uint)options.Restarts);
    }

    /// <summary>
    /// The order lemma, one geometry at a time: each alone is quick, where their disjunction took Z3 over
    /// 10 s to refute for arrival-cutoff. A violation in any geometry refutes it; all unsat proves it. A definite
    /// answer is kept for the process (<see cref="DecidedLemmas"/>), so the seven properties of a policy ask it once.
    /// </summary>
    /// <remarks>
    /// Unknown counts as "not shown" for this obligation only: the bounded encodings then quantify over every order,
    /// which is sound.
    /// </remarks>
    private bool OrderLemmaHolds(Z3Scope scope, IPolicy policy, SymbolicWrite write, GeometryDomain domain) =>
        DecidedLemmas.Decide(DecidedLemmas.OrderLemmaName, policy, domain,
            () => AllUnsat(scope, [.. domain.Geometries.Select(g => OrderLemma.Violation(scope, policy, g, write))])) == true;

    /// <summary>
    /// The order lemma's conditions (1) and (2), which concern the engine's folds and no policy, for every
    /// geometry; kept for the process. Unknown counts as not shown: the cases then omit the fact.
    /// </summary>
    private bool FoldsCommute(Z3Scope scope, SymbolicWrite write, GeometryDomain domain, IPolicy policy) =>
        OnEveryGeometry(DecidedLemmas.FoldsCommuteName, scope, domain, g => OrderLemma.FoldViolation(scope, g, write)) && UserFoldsCommute(scope, policy, write, domain);

    /// <summary>
    /// The policy's user folds commute (<see cref="UserFoldCommutation"/>) on every geometry, so the bounded encodings may
    /// state them equal to file order's as the engine's folds are; kept per policy for the process. None: true.
    /// </summary>
    private bool UserFoldsCommute(Z3Scope scope, IPolicy policy, SymbolicWrite write, GeometryDomain domain) =>
        policy.UserFolds<BoolExpr, IntExpr>() is not { } folds || DecidedLemmas.Decide(DecidedLemmas.UserFoldsCommuteName, policy, domain, () =>
            AllUnsat(scope, [.. folds.Declared.SelectMany(f => domain.Geometries.Select(g => UserFoldCommutation.Violation(scope, policy, f, g, write).Violation))])) == true;

    /// <summary>The <see cref="ArrivalAbstraction"/>'s invariant is inductive in every geometry; kept for the process.</summary>
    private bool ArrivalInvariantHolds(Z3Scope scope, SymbolicWrite write, GeometryDomain domain) =>
        OnEveryGeometry(DecidedLemmas.ArrivalInvariantName, scope, domain, g => ArrivalAbstraction.InductionViolation(scope, g, write));

    /// <summary>A policy-free lemma's violation is unsat on every geometry; a definite answer is kept for the process, unknown counts as not shown.</summary>
    private bool OnEveryGeometry(string lemma, Z3Scope scope, GeometryDomain domain, Func<DeviceGeometry, BoolExpr> violation) =>
        DecidedLemmas.Decide(lemma, null, domain, () => AllUnsat(scope, [.. domain.Geometries.Select(violation)])) == true;

    /// <summary>
    /// Each formula alone within one lemma budget: true when all are unsat, false at the first sat, null when
    /// some answer was unknown (a later sat still decides it).
    /// </summary>
    private bool? AllUnsat(Z3Scope scope, IReadOnlyList<BoolExpr> violations)
    {
        var deadline = Stopwatch.StartNew();
        var budget = Min(options.CaseTimeout, options.LemmaBudget);
        var unknown = false;
        foreach (var violation in violations)
        {
            var remaining = budget - deadline.Elapsed;
            var verdict = scope.Check([violation], remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1), logic: Logic).Verdict;
            if (verdict == SolverVerdict.Sat) return false;
            unknown |= verdict == SolverVerdict.Unknown;
        }

        return unknown ? null : true;
    }

    /// <summary>Offset, length, size and free space within 64 KiB (free blocks within 128).</summary>
    private static BoolExpr SmallNumbers(Z3Scope scope)
    {
        var a = scope.Algebra;
        var c = scope.Context;
        var limit = a.Int(1 << 16);
        return a.All(
            a.Le(c.MkIntConst("offset"), limit),
            a.Le(c.MkIntConst("length"), limit),
            a.Le(c.MkIntConst("fileSize"), limit),
            a.Le(c.MkIntConst("freeBlocks"), a.Int(128)),
            a.Le(c.MkIntConst("maxBioBytes"), limit));
    }

    private Schedule Decode(Obligation o, IReadOnlyList<ProofCase> cases, SatModel model)
    {
        var chosen = cases.First(c => model.Bool(c.Formula));
        return CounterexampleDecoder.Decode(model, chosen.Formula.Context, chosen.Geometry, chosen.Bios, chosen.Arrival, chosen.Alternate)
            with { Policy = o.Policy.Name, Property = o.Property, ProducedBy = producedBy };
    }

    private ProofResult Result(Obligation o, ProofVerdict verdict, Stopwatch clock, ProofPlan plan, Schedule? counterexample, string? reason, string domain, string note = "") =>
        new(o, verdict, clock.Elapsed, SolverName, plan.Description + note, counterexample, reason) { MethodName = plan.Kind.Name(), Domain = domain };
}
