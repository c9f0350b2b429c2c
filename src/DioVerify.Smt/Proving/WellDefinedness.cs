using System.Collections.Concurrent;
using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.RuleFiles;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Engine.Write;
using DioVerify.Smt.Solving;
using Microsoft.Z3;

namespace DioVerify.Smt.Proving;

/// <summary>
/// The step that makes a symbolic proof a proof about the concrete engine: on every valid request, every
/// integer operation of the policy's run — geometry derivation, BIO split, completions, the policy's finish
/// and the engine's cleanup — has a result within <c>long</c> and a nonzero divisor.
/// </summary>
/// <remarks>
/// <para>
/// Why that suffices: both interpretations define every operation identically on the integers (Euclidean
/// <c>Div</c>/<c>Mod</c>, see <see cref="IAlgebra{TBool, TInt}"/>), and the concrete one differs only by
/// throwing where a result is not a <c>long</c> or a divisor is 0. Where no operation does, the concrete run
/// computes, step by step, the very values the symbolic run denotes, so a property proved of the symbolic run
/// holds of the concrete one. Where one does, the obligation is refuted with that request, replayed.
/// </para>
/// <para>
/// Two kinds of query per geometry. Exact, per BIO count up to the bound: the whole run in file order, with
/// every condition <see cref="CheckedAlgebra"/> records; a model decodes into a schedule. Every order: the
/// finish and cleanup over any state within bounds that every reachable state meets at any BIO count and in
/// any arrival order (the lowest failed start and the highest ok end lie in <c>[off, cut]</c>, the ok bytes in
/// <c>[0, cut - off]</c> since the BIOs tile <c>[off, cut)</c> and each arrives once, the bytes before the first
/// failure in <c>[0, ok bytes]</c>), and, for a bound of n BIOs, <c>cut - off &lt;= n·M</c>. The completions themselves need no second query: in any order each step
/// adds one BIO's non-negative size to a partial sum of distinct BIOs, which never exceeds the file-order total
/// the exact query checks. A sat of the every-order query may be spurious (the bounds over-approximate), so it
/// makes the verdict unknown, never proved.
/// </para>
/// <para>
/// A rule's user folds break both shortcuts: no bound is known for their values, and their updates' operations depend
/// on the arrival order. So for a policy with user folds the exact query runs every arrival order (an arrival network,
/// whose model decodes into the schedule with its order), the every-order query is not asked, and with no bound the
/// verdict is unknown (<see cref="UserFoldInvariant"/>).
/// </para>
/// </remarks>
public static class WellDefinedness
{
    /// <summary>How an obligation refuted or left unknown by this step was decided.</summary>
    public const string Method = "well-definedness: every operation of the run stays within long and divides by nonzero, on every valid request";

    /// <summary>
    /// Definite verdicts, per policy instance and bound, for the whole process: every obligation of a policy asks the
    /// same question (measured: 77 obligations at 3 BIOs went from 66 s to 325 s asking it each time), and its answer
    /// depends on nothing but the policy, the bound and the geometry family. An unknown is not kept, so a later
    /// obligation with its own budget asks again. A rule file is keyed by its text, never by its name: two different
    /// rules that share a name (a user's edit between runs, two folders) must never share a verdict.
    /// </summary>
    private static readonly ConcurrentDictionary<(object Policy, int? Bios, GeometryDomain Domain), WellDefinednessVerdict> Decided = new();

    /// <summary>What a verdict is cached under: a rule file's name and text (its whole definition), else the policy instance.</summary>
    private static object Key(IPolicy policy) => policy is RulePolicy rule ? (rule.Name, rule.Text) : policy;

    /// <summary>
    /// Decides the policy's arithmetic for requests mapping to 0..<paramref name="maxBios"/> BIOs in every arrival
    /// order (null: for the parts that do not depend on the BIO count, with no exact search).
    /// </summary>
    public static WellDefinednessVerdict Check(Z3Scope scope, IPolicy policy, int? maxBios, Func<TimeSpan> left, GeometryDomain? domain = null)
    {
        domain ??= GeometryDomain.Family;
        if (Decided.TryGetValue((Key(policy), maxBios, domain), out var known)) return known;
        var verdict = Decide(scope, policy, maxBios, left, domain);
        if (verdict.Defined is not null) Decided.TryAdd((Key(policy), maxBios, domain), verdict);
        return verdict;
    }

    private static WellDefinednessVerdict Decide(Z3Scope scope, IPolicy policy, int? maxBios, Func<TimeSpan> left, GeometryDomain domain)
    {
        // A user fold's values are bounded by nothing the every-order query knows, and its update's operations differ
        // between orders: up to a bound, every order is run exactly (an arrival network); for every bound, unknown.
        var userFolds = UserFoldInvariant.Missing(policy);
        if (userFolds is not null && maxBios is null) return new WellDefinednessVerdict(null, null, userFolds);
        var write = new SymbolicWrite(scope, maxBios ?? 0);
        string? unknown = null;
        for (var n = 0; n <= (maxBios ?? -1); n++)
        {
            foreach (var g in domain.Geometries)
            {
                var order = userFolds is null ? null : new ArrivalNetwork(scope.Context, $"arrival_{g.Name.Replace('-', '_')}_n{n}", n);
                var (query, algebra) = FileOrderRun(scope, write, policy, g, n, order);
                var result = Solve(scope, query, left);
                if (result.Verdict == SolverVerdict.Sat && FirstViolated(algebra, result.Model!) is { } violated)
                {
                    var schedule = CounterexampleDecoder.Decode(result.Model!, scope.Context, g, n, order, null) with { Policy = policy.Name };
                    return new WellDefinednessVerdict(false, schedule, Confirm(policy, schedule, violated));
                }

                if (result.Verdict == SolverVerdict.Sat) unknown ??= NoViolationInModel(n, g);

                if (result.Verdict == SolverVerdict.Unknown) unknown ??= $"well-definedness at {n} BIOs, geometry {g.Name}: {result.ReasonUnknown}";
            }
        }

        foreach (var g in userFolds is null ? domain.Geometries : [])
        {
            var (query, algebra) = AnyReachableState(scope, write, policy, g, maxBios);
            var result = Solve(scope, query, left);
            if (result.Verdict == SolverVerdict.Sat)
            {
                unknown ??= FirstViolated(algebra, result.Model!) is { } violated
                    ? $"the policy's arithmetic may be undefined ({Kind(violated)} in {violated.Phase}) on a state within the bounds of reachable ones, geometry {g.Name}; no request up to the bound makes it so"
                    : NoViolationInModel(maxBios, g);
            }
            else if (result.Verdict == SolverVerdict.Unknown)
            {
                unknown ??= $"well-definedness over every arrival order, geometry {g.Name}: {result.ReasonUnknown}";
            }
        }

        return new WellDefinednessVerdict(unknown is null ? true : null, null, unknown);
    }

    /// <summary>The run on an n-BIO valid request in file order (or in the network's order), and some operation of it undefined.</summary>
    private static (BoolExpr Query, CheckedAlgebra Algebra) FileOrderRun(Z3Scope scope, SymbolicWrite write, IPolicy policy, DeviceGeometry g, int bios, ArrivalNetwork? order = null)
    {
        var a = new CheckedAlgebra(scope.Algebra);
        a.Phase = "the geometry derivation";
        var geometry = Geometry<BoolExpr, IntExpr>.Of(a, write.Request(g));
        a.Phase = "the BIO split";
        var layout = BioLayout<BoolExpr, IntExpr>.Split(a, geometry, bios);
        a.Phase = "the completions";
        var state = WriteEngine.Submit(a, geometry, policy);
        var plain = scope.Algebra;
        var bioList = Enumerable.Range(0, bios).Select(k => (Start: layout.Starts[k], End: layout.Ends[k], Failed: write.Failed[k])).ToList();
        var arriving = order is null ? bioList : order.Route(bioList, (s, x, y) => (plain.Ite(s, x.Start, y.Start), plain.Ite(s, x.End, y.End), plain.IteBool(s, x.Failed, y.Failed)));
        foreach (var (start, end, failed) in arriving)
        {
            state = WriteEngine.OnComplete(a, state, start, end, failed);
        }

        FinishAndCleanup(a, policy, geometry, state);
        return (plain.All(write.Valid(g), BioLayout<BoolExpr, IntExpr>.HasCount(plain, geometry, bios), plain.Not(a.AllHold())), a);
    }

    /// <summary>Finish and cleanup over any state within the bounds every reachable state meets, and some operation undefined.</summary>
    /// <remarks>With a bound, only requests of at most that many BIOs (<c>cut - off &lt;= bound·M</c>): the obligation claims no more.</remarks>
    private static (BoolExpr Query, CheckedAlgebra Algebra) AnyReachableState(Z3Scope scope, SymbolicWrite write, IPolicy policy, DeviceGeometry g, int? maxBios)
    {
        var a = new CheckedAlgebra(scope.Algebra);
        a.Phase = "the geometry derivation";
        var geometry = Geometry<BoolExpr, IntExpr>.Of(a, write.Request(g));
        var s = OrderLemma.FreeState(scope.Context, "reachable", g);
        FinishAndCleanup(a, policy, geometry, s);
        var plain = scope.Algebra;
        var span = plain.Sub(geometry.Cut, geometry.Offset);
        var reachable = plain.All(
            plain.Le(geometry.Offset, s.LowestFailedStart), plain.Le(s.LowestFailedStart, geometry.Cut),
            plain.Le(geometry.Offset, s.HighestOkEnd), plain.Le(s.HighestOkEnd, geometry.Cut),
            plain.Le(plain.Int(0), s.OkBytes), plain.Le(s.OkBytes, span),
            plain.Le(plain.Int(0), s.OkBytesBeforeFailure), plain.Le(s.OkBytesBeforeFailure, s.OkBytes),
            maxBios is { } bound ? plain.Le(span, plain.Mul(plain.Int(bound), geometry.Request.MaxBioBytes)) : plain.Bool(true));
        return (plain.All(write.Valid(g), reachable, plain.Not(a.AllHold())), a);
    }

    /// <summary>
    /// The policy's finish, then the whole of the engine's finish: the policy's operations are recorded first and
    /// keep its name, so what is left for the second phase is the engine's own cleanup.
    /// </summary>
    private static void FinishAndCleanup(CheckedAlgebra a, IPolicy policy, Geometry<BoolExpr, IntExpr> geometry, CompletionState<BoolExpr, IntExpr> state)
    {
        a.Phase = "the policy's finish";
        policy.Finish(a, geometry, state);
        a.Phase = "the engine's cleanup";
        WriteEngine.Finish(a, policy, geometry, state);
    }

    /// <summary>
    /// Z3's QF_LIA solver first (the engine's conditions are linear, and it decides them fastest), then its default
    /// solver: a policy that divides by a symbolic value is nonlinear, where QF_LIA gives up at once.
    /// </summary>
    private static CheckResult Solve(Z3Scope scope, BoolExpr query, Func<TimeSpan> left)
    {
        var linear = scope.Check([query], left(), logic: Prover.Logic);
        return linear.Verdict == SolverVerdict.Unknown ? scope.Check([query], left()) : linear;
    }

    /// <summary>The first condition the model violates; null if it names none (a model cut short: the answer is then unknown).</summary>
    private static SideCondition? FirstViolated(CheckedAlgebra a, SatModel model) => a.Conditions.FirstOrDefault(c => !model.Bool(c.Holds));

    private static string NoViolationInModel(int? bios, DeviceGeometry g) =>
        $"well-definedness{(bios is { } n ? $" at {n} BIOs" : "")}, geometry {g.Name}: the solver answered sat with a model that violates no condition (an answer cut short)";

    private static string Kind(SideCondition c) => c.Violation == "division by zero" ? "division by zero" : "overflow of long";

    /// <summary>
    /// Replays the decoded request through the reference engine, which must throw where the solver said an operation
    /// is undefined; anything else means the interpretations disagree, an internal error.
    /// </summary>
    private static string Confirm(IPolicy policy, Schedule schedule, SideCondition violated)
    {
        try
        {
            var layout = ConcreteLayout.Of(schedule.Request, schedule.FreeBlocks);
            var failed = schedule.Outcomes.Select(o => o == BioStatus.Eio).ToArray();
            var outcome = WriteEngine.Run(ConcreteAlgebra.Instance, policy, layout, failed, [.. schedule.Arrival.Select(i => (long)i)]);
            throw new ProverDisagreementException(
                $"the solver found {Kind(violated)} in {violated.Phase} of {policy.Name}, but the reference engine runs the request to {outcome}:\n{ScheduleWriter.Write(schedule)}");
        }
        catch (UndefinedArithmeticException e)
        {
            return $"the policy's arithmetic is undefined on this request ({Kind(violated)} in {violated.Phase}: {e.Operation})";
        }
    }
}
