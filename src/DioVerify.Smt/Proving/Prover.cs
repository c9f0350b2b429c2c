using DioVerify.Engine.Algebra;
using System.Diagnostics;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Smt.Solving;
using Microsoft.Z3;

namespace DioVerify.Smt.Proving;

/// <summary>
/// Decides obligations with Z3 over the engine's own policy code. Order-independence is proved first,
/// for every bound, by <see cref="OrderLemma"/>; where it holds, the other properties need only file
/// order (the outcome is the same for every order), which keeps the solver's work independent of the
/// n! arrival orders. Every counterexample is decoded into a schedule and replayed before it is shown.
/// </summary>
public sealed class Prover(Z3Session session, TimeSpan timeout, string producedBy)
{
    public const string Logic = "QF_LIA";

    /// <summary>The lemma is quick when it holds; failing to show it only costs the cheaper encoding.</summary>
    private static readonly TimeSpan LemmaBudget = TimeSpan.FromSeconds(10);

    /// <summary>Time for the small-numbers attempt before the unbounded one.</summary>
    private static readonly TimeSpan SmallBudget = TimeSpan.FromSeconds(2);

    /// <summary>Tries of <see cref="CheckWithRestarts"/>, from 0.2 s doubling: 12.6 s at most per query.</summary>
    private const int Restarts = 6;

    private static readonly TimeSpan FirstRestartBudget = TimeSpan.FromSeconds(0.2);

    private readonly Dictionary<string, bool> _orderLemma = [];
    private bool? _foldsCommute;
    private bool? _arrivalInvariant;

    public string SolverName { get; } = $"z3 {Native.Z3NativeLoader.NativeVersion} (in-process)";

    public ProofResult Prove(Obligation o) => session.Run(scope =>
    {
        var clock = Stopwatch.StartNew();
        var deadline = clock.Elapsed + timeout;
        TimeSpan Left() => deadline - clock.Elapsed > TimeSpan.Zero ? deadline - clock.Elapsed : TimeSpan.FromMilliseconds(1);

        // A symbolic verdict speaks of the concrete engine only where every operation is defined there (see WellDefinedness).
        if (WellDefinedness.Check(scope, o.Policy, o.Bios, Left) is { Defined: not true } undefined)
        {
            var request = undefined.Counterexample is { } s ? s with { Property = o.Property, ProducedBy = producedBy } : null;
            return Result(o, undefined.Defined is false ? ProofVerdict.Refuted : ProofVerdict.Unknown, clock, WellDefinedness.Method, request, undefined.Reason);
        }

        var (formula, cases, method) = Encode(scope, o, Left);
        if (clock.Elapsed >= deadline)
        {
            return Result(o, ProofVerdict.Unknown, clock, method, null, $"timeout: the {timeout.TotalSeconds:0.###} s budget ran out while encoding");
        }

        if (cases.Count == 0)
        {
            var lemma = scope.Check([formula!], Left());
            return lemma.Verdict switch
            {
                SolverVerdict.Unsat => Result(o, ProofVerdict.Proved, clock, method, null, null),
                SolverVerdict.Sat => Result(o, ProofVerdict.Unknown, clock, method, null, "the induction lemma does not hold for this policy; give --bios N for a bounded search"),
                _ => Result(o, ProofVerdict.Unknown, clock, method, null, lemma.ReasonUnknown),
            };
        }

        // One (BIO count, geometry) case at a time, smallest count first: the counterexample found first
        // has the fewest BIOs, and each case alone is easy where their disjunction is not (measured: a
        // case takes ~0.02 s; the disjunction over six geometries timed out at 20 s on the same P5).
        string? unknown = null;
        var abstracted = 0;
        foreach (var c in cases.OrderBy(c => c.Bios))
        {
            if (clock.Elapsed >= deadline)
            {
                unknown ??= $"timeout: the {timeout.TotalSeconds:0.###} s budget ran out before {c.Bios} BIOs, geometry {c.Geometry.Name}";
                break;
            }

            // An unsatisfiable abstraction decides the case for every order; anything else leaves it to the network.
            if (c.Abstraction.Count > 0 && c.Abstraction.All(q => CheckWithRestarts(scope, q, Left).Verdict == SolverVerdict.Unsat))
            {
                abstracted++;
                continue;
            }

            // File order goes to Z3's QF_LIA solver, every-order networks to its default one. Measured at 16 BIOs:
            // the default solver stalled for 97 s on a file-order P5 case that QF_LIA decides in 0.1 s, while
            // QF_LIA times out on the networks that the default solver decides.
            var logic = c.Arrival is null ? Logic : null;
            var (verdict, model, reason) = CheckThenPreferSmallNumbers(scope, c.Formula, Left, logic);
            if (verdict == SolverVerdict.Sat)
            {
                var schedule = Decode(o, [c], model!);
                Confirm(o, schedule);
                return Result(o, ProofVerdict.Refuted, clock, method, schedule, null);
            }

            if (verdict == SolverVerdict.Unknown) unknown ??= $"at {c.Bios} BIOs, geometry {c.Geometry.Name}: {reason}";
        }

        if (abstracted > 0)
        {
            method += $"; {abstracted} of {cases.Count} cases decided without the network, by the arrival abstraction (folds as in file order, arrival-order fields free under their inductive invariant)";
        }

        return unknown is null
            ? Result(o, ProofVerdict.Proved, clock, method, null, null)
            : Result(o, ProofVerdict.Unknown, clock, method, null, unknown);
    });

    /// <summary>
    /// Decides the case; when it is satisfiable, asks again with offsets, sizes and free space below 64 KiB
    /// for a counterexample a person can read, keeping the first model when there is none that small.
    /// Unsatisfiable cases — every case of a proved obligation — are solved once.
    /// </summary>
    private static (SolverVerdict Verdict, SatModel? Model, string? Reason) CheckThenPreferSmallNumbers(Z3Scope scope, BoolExpr formula, Func<TimeSpan> left, string? logic)
    {
        var full = scope.Check([formula], left(), logic: logic);
        if (full.Verdict != SolverVerdict.Sat) return (full.Verdict, null, full.ReasonUnknown);
        var small = scope.Check([formula, SmallNumbers(scope)], Min(left(), SmallBudget), logic: logic);
        return (SolverVerdict.Sat, small.Verdict == SolverVerdict.Sat ? small.Model : full.Model, null);
    }

    /// <summary>
    /// The obligation as a standalone SMT-LIB2 script with its header: per case (BIO count × geometry)
    /// the query <see cref="Prove"/> asks, preceded by its small-numbers variant, separated by <c>(reset)</c>.
    /// Any <c>sat</c> is a counterexample; all <c>unsat</c> proves the obligation.
    /// </summary>
    public string SmtLib2(Obligation o) => session.Run(scope =>
    {
        var (formula, cases, method) = Encode(scope, o, () => timeout);
        // Per case, small numbers first (a sat there is a counterexample too, and a solver that stops at the
        // first sat finds one far sooner), then unbounded.
        var small = SmallNumbers(scope);
        var queries = cases.Count == 0
            ? [("order lemma over every geometry", formula!)]
            : cases.OrderBy(c => c.Bios).SelectMany(c => new[]
            {
                ($"{c.Bios} BIOs, geometry {c.Geometry.Name}, numbers below 64 KiB", scope.Algebra.And(c.Formula, small)),
                ($"{c.Bios} BIOs, geometry {c.Geometry.Name}", c.Formula),
            }).ToList();
        var header = string.Join("\n", [
            $"; DioVerify proof obligation ({producedBy})",
            $"; policy:   {o.Policy.Name}",
            $"; property: {o.Property} {PropertyCatalog.NameOf(o.Property)}: {PropertyCatalog.FormalOf(o.Property)}",
            $"; bound:    {o.BoundText}",
            $"; method:   {method}",
            $"; geometry: {string.Join(", ", DeviceGeometry.Family.Select(g => $"{g.Name} (S={g.SectorSize}, B={g.BlockSize}, M={g.MaxBioBytes})"))}",
            $"; {queries.Count} queries; any sat is a counterexample (the rest need not be solved), all unsat means the property holds.",
        ]);
        // Each query is a complete script ending in (reset): both z3 and cvc5 answer a sequence of them in
        // one process, where cvc5's incremental mode (push/pop) was measured 1000x slower on the same queries.
        var scripts = queries.Select(q => $"; case: {q.Item1}\n{scope.ToSmtLib2([q.Item2], Logic)}(reset)\n");
        return $"{header}\n{string.Concat(scripts)}";
    });

    /// <summary>
    /// What decides the obligation: the order lemma's formula (with no cases), or the cases, each its own
    /// query (no formula: their disjunction is never built, since merely asserting it was seen to slow Z3).
    /// </summary>
    private (BoolExpr? Formula, IReadOnlyList<ProofCase> Cases, string Method) Encode(Z3Scope scope, Obligation o, Func<TimeSpan> left)
    {
        var a = scope.Algebra;
        var maxBios = o.Bios ?? 0;
        var write = new SymbolicWrite(scope, maxBios);
        var violations = DeviceGeometry.Family.Select(g => OrderLemma.Violation(scope, o.Policy, g, write)).ToList();
        var lemma = a.AnyOf(violations);
        var orderFree = OrderLemmaHolds(scope, o.Policy, violations, left);

        if (o.Property == PropertyId.P6)
        {
            if (orderFree || o.Bios is null)
            {
                return (lemma, [], "induction over arrivals: completions commute on everything finish reads (every bound)");
            }

            var pairs = Cases(maxBios, (g, n) => write.OrderViolation(o.Policy, g, n));
            return (null, pairs, "self-composition: two symbolic arrival orders of the same outcomes");
        }

        if (o.Bios is null)
        {
            throw new ArgumentException($"{o.Property} has no unbounded proof yet; give a bound", nameof(o));
        }

        var property = PropertyCatalog.PerRun.Single(p => p.Id == o.Property);
        var encoding = orderFree ? ArrivalEncoding.FileOrder
            : !FoldsCommute(scope, write, left) ? ArrivalEncoding.Network
            : ArrivalInvariantHolds(scope, write, left) ? ArrivalEncoding.AbstractedThenNetwork
            : ArrivalEncoding.NetworkSameFolds;
        var cases = Cases(maxBios, (g, n) => write.RunViolation(o.Policy, property, g, n, encoding));
        return (null, cases, MethodOf(encoding));
    }

    /// <summary>
    /// The method a file's header names. The proofs/ files hold each case's full query, never its abstraction,
    /// so trying the abstraction first is named only in a result (see <see cref="Prove"/>).
    /// </summary>
    private static string MethodOf(ArrivalEncoding encoding) => encoding switch
    {
        ArrivalEncoding.FileOrder => "bounded, file order (P6 proved by induction: every order gives the same outcome)",
        ArrivalEncoding.Network => "bounded, every arrival order (odd-even transposition network)",
        _ => "bounded, every arrival order (odd-even transposition network; the folds stated equal to file order's, by the order lemma's conditions 1-2)",
    };

    /// <summary>
    /// Unsat within a short budget, else again under the next random seed with twice the budget. The
    /// abstraction's queries are easy but heavy-tailed: measured at 16 BIOs, 192 of 204 were decided in
    /// 0.03 s on average under seed 0, while some of the rest ran past 60 s under it and took under 0.4 s
    /// under another seed.
    /// </summary>
    private static CheckResult CheckWithRestarts(Z3Scope scope, BoolExpr query, Func<TimeSpan> left)
    {
        var budget = FirstRestartBudget;
        for (uint seed = 0; ; seed++)
        {
            var result = scope.Check([query], Min(left(), budget), logic: Logic, seed: seed);
            if (result.Verdict != SolverVerdict.Unknown || seed + 1 == Restarts) return result;
            budget *= 2;
        }
    }

    private static TimeSpan Min(TimeSpan x, TimeSpan y) => x < y ? x : y;

    private static List<ProofCase> Cases(int maxBios, Func<DeviceGeometry, int, ProofCase> make) =>
        [.. Enumerable.Range(0, maxBios + 1).SelectMany(n => DeviceGeometry.Family.Select(g => make(g, n)))];

    /// <summary>
    /// The order lemma, one geometry at a time: each alone is quick, where their disjunction took Z3 over
    /// 10 s to refute for arrival-cutoff. A violation in any geometry refutes it; all unsat proves it. The
    /// answer is remembered for this prover only, so a verdict never depends on what ran before it.
    /// </summary>
    private bool OrderLemmaHolds(Z3Scope scope, IPolicy policy, IReadOnlyList<BoolExpr> violations, Func<TimeSpan> left)
    {
        if (_orderLemma.TryGetValue(policy.Name, out var known)) return known;

        // Unknown counts as "not shown" for this obligation only: the bounded encodings then quantify over
        // every order, which is sound; only a definite answer is remembered for the policy.
        var holds = AllUnsat(scope, violations, left);
        if (holds is { } definite) _orderLemma[policy.Name] = definite;
        return holds == true;
    }

    /// <summary>
    /// The order lemma's conditions (1) and (2), which concern the engine's folds and no policy, for every
    /// geometry; remembered for this prover. Unknown counts as not shown: the cases then omit the fact.
    /// </summary>
    private bool FoldsCommute(Z3Scope scope, SymbolicWrite write, Func<TimeSpan> left) =>
        OnEveryGeometry(ref _foldsCommute, scope, g => OrderLemma.FoldViolation(scope, g, write), left);

    /// <summary>The <see cref="ArrivalAbstraction"/>'s invariant is inductive in every geometry; remembered for this prover.</summary>
    private bool ArrivalInvariantHolds(Z3Scope scope, SymbolicWrite write, Func<TimeSpan> left) =>
        OnEveryGeometry(ref _arrivalInvariant, scope, g => ArrivalAbstraction.InductionViolation(scope, g, write), left);

    /// <summary>A lemma's violation is unsat on every geometry; a definite answer is kept in <paramref name="known"/>, unknown counts as not shown.</summary>
    private static bool OnEveryGeometry(ref bool? known, Z3Scope scope, Func<DeviceGeometry, BoolExpr> violation, Func<TimeSpan> left)
    {
        known ??= AllUnsat(scope, [.. DeviceGeometry.Family.Select(violation)], left);
        return known == true;
    }

    /// <summary>
    /// Each formula alone within one lemma budget: true when all are unsat, false at the first sat, null when
    /// some answer was unknown (a later sat still decides it).
    /// </summary>
    private static bool? AllUnsat(Z3Scope scope, IReadOnlyList<BoolExpr> violations, Func<TimeSpan> left)
    {
        var deadline = Stopwatch.StartNew();
        var budget = Min(left(), LemmaBudget);
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
            a.Le(c.MkIntConst("freeBlocks"), a.Int(128)));
    }

    private Schedule Decode(Obligation o, IReadOnlyList<ProofCase> cases, SatModel model)
    {
        var chosen = cases.First(c => model.Bool(c.Formula));
        return CounterexampleDecoder.Decode(model, chosen.Formula.Context, chosen.Geometry, chosen.Bios, chosen.Arrival, chosen.Alternate)
            with { Policy = o.Policy.Name, Property = o.Property, ProducedBy = producedBy };
    }

    /// <summary>Replays a decoded counterexample through the reference engine; it must fail there too.</summary>
    private static void Confirm(Obligation o, Schedule schedule)
    {
        var run = Replay.Run(o.Policy, schedule);
        var holds = run.Verdicts.Single(v => v.Property == o.Property).Holds;
        if (holds != false)
        {
            throw new ProverDisagreementException(
                $"the solver's counterexample for {o.Policy.Name} {o.Property} does not violate it when replayed (verdict {holds?.ToString() ?? "undecided"}):\n{ScheduleWriter.Write(schedule)}");
        }
    }

    private ProofResult Result(Obligation o, ProofVerdict verdict, Stopwatch clock, string method, Schedule? counterexample, string? reason) =>
        new(o, verdict, clock.Elapsed, SolverName, method, counterexample, reason);
}
