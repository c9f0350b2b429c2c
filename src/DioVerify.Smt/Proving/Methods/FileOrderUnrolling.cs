using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;
using DioVerify.Engine.Write;
using DioVerify.Smt.Solving;
using Microsoft.Z3;

namespace DioVerify.Smt.Proving.Methods;

/// <summary>
/// A per-run property (P1–P5, P7) up to N BIOs as the file-order transition system unrolled once per geometry: step k
/// completes BIO <c>[off + kM, off + kM + min(M, cut − off − kM))</c> through the engine's own
/// <see cref="WriteEngine.OnComplete{TBool, TInt}"/>, and stutters once the position has reached the cut. A query asks
/// for a request whose BIO count lies in a range and a run that violates the property; ranges are asked fewest BIOs
/// first, doubling, so the terms of a case grow linearly with its BIO count and nothing multiplies it.
/// </summary>
/// <remarks>
/// <para>
/// Why this covers every arrival order. Where P6's order lemma is proved for the policy, every order ends in file
/// order's decision, so file order alone is asked. Where it is not but the folds commute (the lemma's conditions 1–2,
/// proved for the engine: any failure, lowest failed start, ok bytes and highest ok end end as in file order whatever
/// the order), only the two arrival-order fields remain, and their final values are exactly: a failure arrived iff
/// one failed; the ok bytes before the first failed arrival are, when one failed, the bytes of the ok BIOs that arrived
/// before it — any subset of the ok BIOs (that subset first, then a failed BIO, then the rest realises it) — and all
/// ok bytes when none failed. A ghost bit <c>e_k ⇒ ok_k</c> per step and <c>d' = d + ite(e_k, l_k, 0)</c> describe
/// exactly that set, so an unsat range is proved for every order and a sat one decodes into an order (the e-BIOs,
/// then the failed ones, then the rest, each in file order) that the concrete engine replays.
/// </para>
/// <para>
/// Well-definedness is asked over the same unrolling, range by range: the geometry derivation, every step that
/// completes a real BIO (the engine's split computes the same start and end), and the policy's finish and the
/// engine's cleanup on the final state, each through <see cref="CheckedAlgebra"/>. In another order the completions
/// add the same non-negative BIO sizes in another sequence, whose partial sums never exceed file order's total, and
/// the finish reads a final state the encoding covers, so file order's steps stand for every order's.
/// </para>
/// </remarks>
public sealed class FileOrderUnrolling
{
    /// <summary>
    /// How far <c>prove --unbounded</c> searches for a refutation where its certificate does not close (finding none is
    /// no proof): a fault that needs 64 BIOs or more is within reach, at a cost linear in the count it is found at.
    /// </summary>
    public const int SearchBios = 256;

    public const string FileOrderDescription =
        "bounded, the file-order transition system unrolled (P6 proved: every order gives the same outcome), BIO counts in doubling ranges, fewest first";

    public const string EveryOrderDescription =
        "bounded, the file-order transition system unrolled with a ghost bit per BIO for the ok bytes before the first failed arrival " +
        "(exactly every arrival order's final state; the folds' order lemma proved), BIO counts in doubling ranges, fewest first";

    private readonly Z3Scope scope;
    private readonly IAlgebra<BoolExpr, IntExpr> a;
    private readonly SymbolicWrite write;
    private readonly IPolicy policy;
    private readonly IRunProperty property;
    private readonly Dictionary<string, Unrolled> unrolled = [];
    private readonly bool invariant;

    /// <param name="everyOrder">The order lemma is not shown for the policy (the folds' conditions 1–2 are): the ghost bits cover every order.</param>
    /// <param name="invariant"><see cref="UnrolledInvariant"/> is proved inductive on the domain, so every step states it.</param>
    public FileOrderUnrolling(Z3Scope scope, SymbolicWrite write, IPolicy policy, IRunProperty property, bool everyOrder, bool invariant)
    {
        this.invariant = invariant;
        this.scope = scope;
        a = scope.Algebra;
        this.write = write;
        this.policy = policy;
        this.property = property;
        EveryOrder = everyOrder;
    }

    public bool EveryOrder { get; }

    public ProofMethodKind Kind => EveryOrder ? ProofMethodKind.UnrolledEveryOrder : ProofMethodKind.UnrolledFileOrder;

    public string Description => EveryOrder ? EveryOrderDescription : FileOrderDescription;

    /// <summary>The BIO-count ranges asked for a bound of <paramref name="maxBios"/>: 0, 1, 2, 3..4, 5..8, …, capped at the bound.</summary>
    public static IReadOnlyList<(int Lo, int Hi)> Ranges(int maxBios, int fromBios = 0)
    {
        var ranges = new List<(int, int)>();
        for (var lo = 0; lo <= maxBios;)
        {
            var hi = Math.Min(maxBios, lo <= 2 ? lo : 2 * (lo - 1));
            if (hi >= fromBios) ranges.Add((Math.Max(lo, fromBios), hi));
            lo = hi + 1;
        }

        return ranges;
    }

    /// <summary>A valid request of <paramref name="lo"/>..<paramref name="hi"/> BIOs on <paramref name="g"/> whose run violates the property.</summary>
    /// <remarks>
    /// The property judges with its own code. <see cref="RunFacts{TBool, TInt}"/> reads the layout only for <c>P</c> and
    /// <c>EIO?</c>, except P4, which reads every failed BIO: P4 is given the real layout of <c>hi</c> BIOs (those past
    /// the count never fail), the others the two-BIO layout <c>[off, ps)</c> ok and <c>[ps, …)</c> failed iff some
    /// failed, whose <c>P</c> and <c>EIO?</c> are the ghosts' — the first failed start and any failure in file order,
    /// recomputed from the outcomes beside the engine — so no query relates a backward chain over every BIO to the engine.
    /// </remarks>
    public BoolExpr Violation(DeviceGeometry g, int lo, int hi)
    {
        var u = Of(g, hi);
        var outcome = WriteEngine.Finish(a, policy, u.Geometry, Arrived(u.Frame(hi)));
        RunFacts<BoolExpr, IntExpr> facts;
        if (property.Id == PropertyId.P4)
        {
            facts = new RunFacts<BoolExpr, IntExpr>(a, BioLayout<BoolExpr, IntExpr>.Split(a, u.Geometry, hi), [.. write.Failed.Take(hi)], outcome);
        }
        else
        {
            facts = Summary(u.Geometry, u.Frame(hi), outcome);
        }

        return a.All(u.Premise(lo, hi), a.Not(property.Holds(a, facts)));
    }

    /// <summary>
    /// The range decided without unrolling, where the invariant is proved: some final frame (<c>pos = cut</c>) meeting
    /// <see cref="UnrolledInvariant"/> on a request of <paramref name="lo"/>..<paramref name="hi"/> BIOs violates the
    /// property. Every reachable final frame meets the invariant, so unsat proves the range for every BIO count in it at
    /// the cost of one small query; sat may be spurious and leaves the range to <see cref="Violation"/>. Null for P4,
    /// which reads every failed BIO, and where the invariant is not proved.
    /// </summary>
    /// <param name="atMostFailures">
    /// Also at most this many failed BIOs, over-approximated on the frame: none failed for 0, else failed bytes at most
    /// that many BIO sizes (a failed BIO is at most M long), so unsat still excludes every run with so few failures.
    /// </param>
    public BoolExpr? Inductive(DeviceGeometry g, int lo, int hi, long? atMostFailures = null)
    {
        if (!invariant || property.Id == PropertyId.P4) return null;
        var u = Of(g, 0);
        var frame = FinalFrame(g);
        var outcome = WriteEngine.Finish(a, policy, u.Geometry, Arrived(frame));
        var failures = atMostFailures switch
        {
            null => a.Bool(true),
            0 => a.Not(frame.SomeFailed),
            { } f => a.Le(frame.FailedBytes, a.Int(f * g.MaxBioBytes)),
        };
        return a.All(u.Range(lo, hi), UnrolledInvariant.Holds(a, u.Geometry, frame), a.Eq(frame.Pos, u.Geometry.Cut), failures, a.Not(property.Holds(a, Summary(u.Geometry, frame, outcome))));
    }

    /// <summary>
    /// Outcomes a model of <see cref="Inductive"/> suggests for a run of <paramref name="bios"/> BIOs with
    /// <paramref name="failures"/> failed: the BIOs from the one holding its first failed start, and (in file order,
    /// where they are irrelevant) no ghost bits. Only a guess, to make a witness query ground: its answer is checked.
    /// </summary>
    public BoolExpr Suggested(SatModel model, DeviceGeometry g, int bios, long failures)
    {
        var frame = FinalFrame(g);
        var first = failures == 0 ? bios : (int)Math.Clamp((model.Int(frame.FirstFailedStart) - model.Int(write.Offset)) / g.MaxBioBytes, 0, Math.Max(0, bios - failures));
        var outcomes = Enumerable.Range(0, bios).Select(k => k >= first && k < first + failures ? write.Failed[k] : a.Not(write.Failed[k]));
        var u = Of(g, bios);
        var ghosts = EveryOrder ? [] : Enumerable.Range(0, bios).Select(k => a.Not(u.Early[k]));
        return a.AllOf([.. outcomes, .. ghosts]);
    }

    /// <summary>The free final frame <see cref="Inductive"/> asks about on <paramref name="g"/> (the same constants every time).</summary>
    private UnrolledInvariant.Frame FinalFrame(DeviceGeometry g)
    {
        var c = scope.Context;
        var tag = $"{g.Name.Replace('-', '_')}_final";
        return new UnrolledInvariant.Frame(
            c.MkIntConst($"u_{tag}_pos"), OrderLemma.FreeState(c, $"u_{tag}", g), c.MkBoolConst($"u_{tag}_someFailed"),
            c.MkIntConst($"u_{tag}_ps"), c.MkIntConst($"u_{tag}_failedBytes"), c.MkIntConst($"u_{tag}_d"));
    }

    /// <summary>A valid request of <paramref name="lo"/>..<paramref name="hi"/> BIOs on <paramref name="g"/> on which some operation of the run is undefined.</summary>
    public BoolExpr Undefined(DeviceGeometry g, int lo, int hi)
    {
        var u = Of(g, hi);
        var checkedFinish = new CheckedAlgebra((Z3Algebra)a);
        var final = Arrived(u.Frame(hi));
        policy.Finish(checkedFinish, u.Geometry, final);
        WriteEngine.Finish(checkedFinish, policy, u.Geometry, final);
        var steps = Enumerable.Range(0, hi).Select(k => a.And(u.Active[k], a.Not(u.StepDefined[k])));
        return a.All(u.Premise(lo, hi), a.AnyOf([a.Not(u.GeometryDefined), .. steps, a.Not(checkedFinish.AllHold())]));
    }

    /// <summary>At most <paramref name="failures"/> of the first <paramref name="bios"/> BIOs fail.</summary>
    public BoolExpr AtMostFailures(int bios, long failures) =>
        a.Le(bios == 0 ? a.Int(0) : write.Failed.Take(bios).Select(f => a.Ite(f, a.Int(1), a.Int(0))).Aggregate(a.Add), a.Int(failures));

    /// <summary>The schedule a model of a query on <paramref name="g"/> up to <paramref name="hi"/> BIOs describes, with the order the ghost bits choose.</summary>
    public Schedule Decode(SatModel model, DeviceGeometry g, int hi)
    {
        var u = Of(g, hi);
        var count = Enumerable.Range(0, hi).Count(k => model.Bool(u.Active[k]));
        var schedule = CounterexampleDecoder.Decode(model, scope.Context, g, count, null, null);
        if (!EveryOrder) return schedule;

        // The ok BIOs the ghost bits put before the first failed arrival, then the failed ones, then the rest.
        var early = Enumerable.Range(0, count).Where(k => model.Bool(u.Early[k])).ToList();
        var failed = Enumerable.Range(0, count).Where(k => schedule.Outcomes[k] == BioStatus.Eio).ToList();
        var rest = Enumerable.Range(0, count).Except(early).Except(failed);
        return schedule with { Arrival = [.. early, .. failed, .. rest] };
    }

    /// <summary>The two-BIO layout <c>[off, ps)</c> ok and <c>[ps, …)</c> failed iff some failed: the frame's <c>P</c> and <c>EIO?</c>.</summary>
    private RunFacts<BoolExpr, IntExpr> Summary(Geometry<BoolExpr, IntExpr> geometry, UnrolledInvariant.Frame frame, Outcome<IntExpr> outcome)
    {
        var split = geometry with { Request = geometry.Request with { MaxBioBytes = a.Sub(frame.FirstFailedStart, geometry.Offset) } };
        return new RunFacts<BoolExpr, IntExpr>(a, BioLayout<BoolExpr, IntExpr>.Split(a, split, 2), [a.Bool(false), frame.SomeFailed], outcome);
    }

    /// <summary>The final state the frame stands for: with ghosts, the arrival-order fields of the order they choose.</summary>
    private CompletionState<BoolExpr, IntExpr> Arrived(UnrolledInvariant.Frame f) => !EveryOrder ? f.State : f.State with
    {
        FailureArrived = f.SomeFailed,
        OkBytesBeforeFailure = a.Ite(f.SomeFailed, f.EarlyBytes, f.State.OkBytes),
    };

    private Unrolled Of(DeviceGeometry g, int hi)
    {
        if (!unrolled.TryGetValue(g.Name, out var u)) unrolled[g.Name] = u = new Unrolled(scope, write, g, invariant);
        u.Extend(hi);
        return u;
    }

    /// <summary>One geometry's unrolling: the request's geometry, and per step the engine's state and the ghosts as fresh constants with their definitions.</summary>
    private sealed class Unrolled
    {
        private readonly Context c;
        private readonly IAlgebra<BoolExpr, IntExpr> a;
        private readonly SymbolicWrite write;
        private readonly string tag;
        private readonly BoolExpr valid;
        private readonly bool invariant;
        private readonly List<UnrolledInvariant.Frame> frames = [];
        private readonly List<BoolExpr> definitions = [];

        public Unrolled(Z3Scope scope, SymbolicWrite write, DeviceGeometry g, bool invariant)
        {
            c = scope.Context;
            a = scope.Algebra;
            this.write = write;
            this.invariant = invariant;
            tag = g.Name.Replace('-', '_');
            valid = write.Valid(g);
            var checkedGeometry = new CheckedAlgebra(scope.Algebra);
            Geometry = Geometry<BoolExpr, IntExpr>.Of(checkedGeometry, write.Request(g));
            GeometryDefined = checkedGeometry.AllHold();
            frames.Add(UnrolledInvariant.Initial(a, Geometry));
        }

        public Geometry<BoolExpr, IntExpr> Geometry { get; }

        public BoolExpr GeometryDefined { get; }

        /// <summary>Step k completes a real BIO: <c>off + kM &lt; cut</c>.</summary>
        public List<BoolExpr> Active { get; } = [];

        /// <summary>Every operation of step k is within <c>long</c> (it matters only where the step is active).</summary>
        public List<BoolExpr> StepDefined { get; } = [];

        /// <summary>Ghost bit of step k: BIO k completed ok and arrived before the first failed arrival.</summary>
        public List<BoolExpr> Early { get; } = [];

        /// <summary>The frame after <paramref name="k"/> steps.</summary>
        public UnrolledInvariant.Frame Frame(int k) => frames[k];

        public void Extend(int hi)
        {
            var m = Geometry.Request.MaxBioBytes;
            for (var k = frames.Count - 1; k < hi; k++)
            {
                // The engine's split, BIO by BIO (BioLayout.Split computes the same terms, which RunFacts reads).
                var checkedStep = new CheckedAlgebra((Z3Algebra)a);
                var start = checkedStep.Add(Geometry.Offset, checkedStep.Mul(checkedStep.Int(k), m));
                var end = checkedStep.Add(start, checkedStep.Min(m, checkedStep.Sub(Geometry.Cut, start)));
                var failed = write.Failed[k];
                var early = c.MkBoolConst($"u_{tag}_early_{k}");
                var before = frames[k];
                var next = WriteEngine.OnComplete(checkedStep, before.State, start, end, failed);
                var active = a.Lt(start, Geometry.Cut);
                Active.Add(active);
                StepDefined.Add(checkedStep.AllHold());
                Early.Add(early);

                // Past the last BIO the state stutters (an empty BIO at the cut would still move the highest ok end).
                var s = before.State;
                var after = new UnrolledInvariant.Frame(
                    a.Min(a.Add(Geometry.Offset, a.Mul(a.Int(k + 1), m)), Geometry.Cut),
                    new CompletionState<BoolExpr, IntExpr>(
                        Bool("anyFailed", k + 1), Int("lowestFailedStart", k + 1), Int("okBytes", k + 1),
                        Int("highestOkEnd", k + 1), Bool("failureArrived", k + 1), Int("okBytesBeforeFailure", k + 1)),
                    Bool("someFailed", k + 1), Int("firstFailedStart", k + 1), Int("failedBytes", k + 1), Int("earlyBytes", k + 1));
                var t = after.State;
                var length = a.Sub(end, start);
                definitions.Add(a.All(
                    a.Implies(a.Not(active), a.Not(failed)),
                    a.Implies(early, a.And(active, a.Not(failed))),
                    a.Iff(t.AnyFailed, a.IteBool(active, next.AnyFailed, s.AnyFailed)),
                    a.Eq(t.LowestFailedStart, a.Ite(active, next.LowestFailedStart, s.LowestFailedStart)),
                    a.Eq(t.OkBytes, a.Ite(active, next.OkBytes, s.OkBytes)),
                    a.Eq(t.HighestOkEnd, a.Ite(active, next.HighestOkEnd, s.HighestOkEnd)),
                    a.Iff(t.FailureArrived, a.IteBool(active, next.FailureArrived, s.FailureArrived)),
                    a.Eq(t.OkBytesBeforeFailure, a.Ite(active, next.OkBytesBeforeFailure, s.OkBytesBeforeFailure)),
                    a.Iff(after.SomeFailed, a.Or(before.SomeFailed, failed)),
                    a.Eq(after.FirstFailedStart, a.Ite(a.And(failed, a.Not(before.SomeFailed)), start, before.FirstFailedStart)),
                    a.Eq(after.FailedBytes, a.Add(before.FailedBytes, a.Ite(failed, length, a.Int(0)))),
                    a.Eq(after.EarlyBytes, a.Add(before.EarlyBytes, a.Ite(early, length, a.Int(0)))),
                    invariant ? UnrolledInvariant.Holds(a, Geometry, after) : a.Bool(true)));
                frames.Add(after);
            }
        }

        /// <summary>A valid request of lo..hi BIOs and the definitions of the first hi steps.</summary>
        public BoolExpr Premise(int lo, int hi) => a.AllOf([Range(lo, hi), .. definitions.Take(hi)]);

        /// <summary>A valid request of lo..hi BIOs: BIO <c>lo − 1</c> starts below the cut, and hi BIOs reach it.</summary>
        public BoolExpr Range(int lo, int hi)
        {
            var offset = Geometry.Offset;
            var m = Geometry.Request.MaxBioBytes;
            var atLeast = lo == 0 ? a.Bool(true) : a.Lt(a.Add(offset, a.Mul(a.Int(lo - 1), m)), Geometry.Cut);
            var atMost = a.Le(Geometry.Cut, a.Add(offset, a.Mul(a.Int(hi), m)));
            return a.All(valid, atLeast, atMost);
        }

        private IntExpr Int(string name, int k) => c.MkIntConst($"u_{tag}_{name}_{k}");

        private BoolExpr Bool(string name, int k) => c.MkBoolConst($"u_{tag}_{name}_{k}");
    }
}
