using System.Diagnostics;
using Microsoft.Z3;

namespace DioVerify.Smt.Solving;

/// <summary>Exclusive use of a <see cref="Z3Session"/>'s context for the duration of one <see cref="Z3Session.Run{T}"/> callback.</summary>
/// <remarks>
/// Everything reached through a scope (the context, the algebra, terms, models) may be used only on the
/// callback's thread before it returns, because a use outside the lock is a memory-safety bug on libz3
/// 4.8.12, not merely a data race. The scope, the algebra and the model check this on every call; direct
/// Microsoft.Z3 calls on a term cannot be checked, so terms must not escape the callback.
/// </remarks>
public sealed class Z3Scope
{
    private readonly Context context;
    private readonly List<IDisposable> owned = [];
    private bool closed;

    internal Z3Scope(Context context)
    {
        this.context = context;
        Algebra = new Z3Algebra(context);
    }

    /// <summary>The raw context, for what the algebra does not cover (symbols, quantifiers, arrays).</summary>
    public Context Context
    {
        get
        {
            EnsureOpen();
            return context;
        }
    }

    /// <summary>The symbolic interpretation of the engine's algebra over this context.</summary>
    public Z3Algebra Algebra { get; }

    /// <summary>Checks the conjunction of <paramref name="assertions"/> in a fresh solver.</summary>
    /// <param name="assertions">The formulas to satisfy together.</param>
    /// <param name="timeout">Wall-clock budget enforced by a watchdog interrupt, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="resourceLimit">Z3's deterministic <c>rlimit</c>, for budgets that must not depend on machine speed.</param>
    /// <remarks>
    /// Z3's <c>timeout</c> parameter is deliberately not used: it can deadlock on libz3 4.8.12.
    /// Running out of either budget yields <see cref="SolverVerdict.Unknown"/>, never an exception.
    /// </remarks>
    /// <param name="logic">An SMT-LIB logic such as <c>QF_LIA</c> to pick Z3's solver for it (for QF_LIA, the SMT core without the tactic pipeline: see NewSolver), or null for the default.</param>
    /// <param name="seed">Z3's random seed, for restarting a query that fell into a slow search (see <see cref="Proving.Prover"/>).</param>
    /// <param name="legacyArithmetic">Z3's older arithmetic solver (<c>arith.solver=2</c>) instead of its default one (see <see cref="Proving.Prover"/>).</param>
    public CheckResult Check(IEnumerable<BoolExpr> assertions, TimeSpan timeout, uint? resourceLimit = null, string? logic = null, uint? seed = null, bool legacyArithmetic = false)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        EnsureOpen();
        BoolExpr[] formulas = [.. assertions];
        using var solver = NewSolver(logic, resourceLimit, seed, legacyArithmetic);
        solver.Assert(formulas);
        var result = Decide(solver, timeout, validate: logic == LinearLogic);
        if (result.ReasonUnknown != InvalidModel) return result;

        // The SMT core's sat came with a model that is no witness: ask the tactic pipeline the same question.
        using var pipeline = NewSolver(logic, resourceLimit, seed, legacyArithmetic, pipeline: true);
        pipeline.Assert(formulas);
        return Decide(pipeline, timeout, validate: true);
    }

    /// <summary>The logic whose queries go to the SMT core (see <see cref="NewSolver"/>) and whose sat models are checked.</summary>
    private const string LinearLogic = "QF_LIA";

    /// <summary>The reason of an unknown whose solver answered sat with a model that falsifies an assertion.</summary>
    public const string InvalidModel = "the solver answered sat with a model that falsifies the query";

    /// <summary>
    /// A solver holding <paramref name="assertions"/> for a series of checks that each add one more formula (see
    /// <see cref="IncrementalQuery"/>); dispose it before the scope closes.
    /// </summary>
    public IncrementalQuery Incremental(IEnumerable<BoolExpr> assertions, string? logic = null)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        EnsureOpen();
        var solver = NewSolver(logic, null, null, false);
        solver.Assert([.. assertions]);
        return new IncrementalQuery(this, solver, validate: logic == LinearLogic);
    }

    private Solver NewSolver(string? logic, uint? resourceLimit, uint? seed, bool legacyArithmetic, bool pipeline = false)
    {
        // For linear integer arithmetic, Z3's SMT core itself rather than the QF_LIA tactic pipeline in front of it.
        // Measured in-process on 11 of the search's small queries, 6 seeds each: the pipeline took a median 10 ms but
        // up to 3 s (one ran 434 s), the plain core a median 3 ms and at most 16 ms; all 77 unbounded obligations went
        // from 57.7 s to 32.1 s CPU with the same verdicts. (The z3 CLI on the same text showed no such tail; why the
        // pipeline does in-process was not found.) Both are the same solver's decision procedure; only preprocessing
        // differs, and an unsat is trusted no more for it: certificates are re-decided by the z3 and cvc5 CLIs. A sat
        // is checked against its model (Decide), and asked again of the pipeline when the model is no witness.
        var solver = logic switch
        {
            null => context.MkSolver(),
            LinearLogic when !pipeline => context.MkSimpleSolver(),
            _ => context.MkSolver(logic),
        };
        using var parameters = context.MkParams();

        // Without this, libz3 swaps in its own SIGINT handler for the length of every check (measured on
        // 4.8.12 with sigaction during a check), so Ctrl-C only cancels that one check and the run goes on;
        // and with checks on several threads, the save/restore of the handler races. The process's own
        // handler stops every check through RunningSolvers instead. Per solver: 4.8.12 knows no global ctrl_c.
        parameters.Add("ctrl_c", false);
        if (resourceLimit is { } limit) parameters.Add("rlimit", limit);
        if (seed is { } s) parameters.Add("random_seed", s);
        if (legacyArithmetic) parameters.Add("arith.solver", 2u);
        solver.Parameters = parameters;
        return solver;
    }

    /// <summary>One check of <paramref name="solver"/>'s assertions within <paramref name="timeout"/>: a model only with sat, unknown on any stop.</summary>
    /// <param name="validate">
    /// Evaluate every assertion in a sat's model and answer unknown (<see cref="InvalidModel"/>) unless all are true: for
    /// quantifier-free linear queries only, whose evaluation is exact (measured: a sat model of the order lemma's
    /// formulas, which are not, evaluated to neither true nor false).
    /// </param>
    internal CheckResult Decide(Solver solver, TimeSpan timeout, bool validate = false)
    {
        if (timeout <= TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must be positive or infinite.");
        }

        EnsureOpen();
        var stopwatch = Stopwatch.StartNew();
        Status status;
        var watchdog = new InterruptWatchdog(context, timeout);
        try
        {
            using var running = RunningSolvers.Track(context);
            status = RunningSolvers.Stopped ? Status.UNKNOWN : solver.Check();
        }
        catch (Z3Exception) when (watchdog.Fired || RunningSolvers.Stopped)
        {
            // An interrupt may surface as an error ("canceled") rather than as an unknown status.
            status = Status.UNKNOWN;
        }
        finally
        {
            watchdog.Dispose();
        }

        stopwatch.Stop();

        // An interrupt that landed after the check returned stays on the context until its next check starts, and until
        // then every model evaluation there throws "canceled" — including models of earlier, finished checks that the
        // caller still reads (measured: an older model read after a late interrupt threw; a check of an empty solver
        // cleared it). The search reads earlier models after many short, often interrupted checks, so clear it here.
        if (watchdog.Fired && !RunningSolvers.Stopped) ClearInterrupt();

        // A sat the watchdog interrupted as it returned may have been cut short (measured: with a 1 ms budget, a sat
        // whose model satisfied none of the query's disjuncts). Such a sat is not known to be one: unknown.
        if (status == Status.SATISFIABLE && watchdog.Fired) status = Status.UNKNOWN;
        Model? model = null;
        if (status == Status.SATISFIABLE)
        {
            try
            {
                model = Own(solver.Model);
                if (validate && !Satisfies(model, solver)) return new CheckResult(SolverVerdict.Unknown, InvalidModel, null, stopwatch.Elapsed);
            }
            catch (Z3Exception) when (watchdog.Fired || RunningSolvers.Stopped)
            {
                // The interrupt landed as the check returned: the model is lost, so nothing is known.
                status = Status.UNKNOWN;
            }
        }

        return status switch
        {
            Status.SATISFIABLE => new CheckResult(SolverVerdict.Sat, null, new SatModel(this, model!), stopwatch.Elapsed),
            Status.UNSATISFIABLE => new CheckResult(SolverVerdict.Unsat, null, null, stopwatch.Elapsed),
            _ => new CheckResult(SolverVerdict.Unknown, RunningSolvers.Stopped ? "interrupted: the run was asked to stop" : ReasonUnknown(solver, watchdog.Fired, timeout), null, stopwatch.Elapsed),
        };
    }

    /// <summary>The SMT-LIB2 script of <paramref name="assertions"/> in <paramref name="logic"/>, ending in one <c>(check-sat)</c>.</summary>
    /// <param name="assertions">The formulas of the script.</param>
    /// <param name="logic">The SMT-LIB logic to declare, e.g. <c>QF_LIA</c>; cvc5 needs the narrowest one that fits to be fast.</param>
    /// <exception cref="LogicViolationException">An assertion has a term outside a linear-arithmetic <paramref name="logic"/>.</exception>
    public string ToSmtLib2(IEnumerable<BoolExpr> assertions, string logic)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(logic);
        EnsureOpen();
        BoolExpr[] formulas = [.. assertions];
        if (LinearArithmeticGuard.Applies(logic)) LinearArithmeticGuard.Check(formulas, logic);
        using var solver = context.MkSolver();
        solver.Assert(formulas);
        return SmtLib2Script.Render(solver, logic);
    }

    internal void EnsureOpen()
    {
        if (closed || !Monitor.IsEntered(context))
        {
            throw new InvalidOperationException(
                "Z3 objects may only be used inside the Z3Session.Run callback that created them, on its thread.");
        }
    }

    internal void Close()
    {
        foreach (var disposable in owned)
        {
            disposable.Dispose();
        }

        owned.Clear();
        closed = true;
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        owned.Add(disposable);
        return disposable;
    }

    private void ClearInterrupt()
    {
        using var empty = context.MkSimpleSolver();
        empty.Check();
    }

    private static bool Satisfies(Model model, Solver solver)
    {
        foreach (var assertion in solver.Assertions)
        {
            if (!model.Eval(assertion, true).IsTrue) return false;
        }

        return true;
    }

    private static string ReasonUnknown(Solver solver, bool timedOut, TimeSpan timeout) =>
        timedOut
            ? $"timeout: the watchdog interrupted Z3 after {timeout.TotalSeconds:0.###} s ({solver.ReasonUnknown})"
            : solver.ReasonUnknown;
}
