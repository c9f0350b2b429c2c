using System.Diagnostics;
using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;

namespace DioVerify.Exploration;

/// <summary>
/// Explicit-state exploration of the reference engine: every (or a seeded sample of) request shape ×
/// outcome vector × arrival order at a BIO count, judging every property on every schedule. The
/// baseline the SMT prover is measured against, so the inner loop allocates nothing and runs on every core.
/// </summary>
public static class Explorer
{
    /// <summary>Exhaustive runs beyond this many schedules are refused (about ten minutes on 2 cores).</summary>
    public const long ExhaustiveLimit = 1_000_000_000;

    private static readonly PropertyId[] Properties = [.. PropertyCatalog.All];

    /// <summary>The per-run judge of each property, aligned with <see cref="Properties"/>; null for P6 (judged across orders).</summary>
    private static readonly IRunProperty?[] Judges = [.. Properties.Select(p => PropertyCatalog.PerRun.FirstOrDefault(r => r.Id == p))];

    /// <summary>How many schedules an exhaustive run at <paramref name="bios"/> visits: shapes × 2^n × n!.</summary>
    public static double ExhaustiveCount(int bios)
    {
        CheckBios(bios);
        var factorial = 1.0;
        for (var k = 2; k <= bios; k++) factorial *= k;
        return RequestShapes.For(bios).Count * Math.Pow(2, bios) * factorial;
    }

    public static ExploreResult Exhaustive(IPolicy policy, int bios, IProgress<long>? progress = null, CancellationToken cancel = default)
    {
        var count = ExhaustiveCount(bios);
        if (count > ExhaustiveLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(bios), $"an exhaustive run at {bios} BIOs visits {count:N0} schedules, more than the limit of {ExhaustiveLimit:N0}; sample instead");
        }

        var shapes = Prepare(bios);
        var items = shapes.Length << bios;
        return Run(policy, bios, exhaustive: true, items, progress, cancel, (worker, item) =>
        {
            var shape = item >> bios;
            worker.ExploreAllOrders((int)shape, shapes[shape], item & ((1L << bios) - 1));
        }, shapes);
    }

    /// <param name="cores">Threads at most (the bench's one-core rate); -1, the default, uses every core.</param>
    public static ExploreResult Sampled(IPolicy policy, int bios, long samples, int seed, IProgress<long>? progress = null, CancellationToken cancel = default, int cores = -1)
    {
        const long chunk = 1 << 14;
        var shapes = Prepare(bios);
        var chunks = (samples + chunk - 1) / chunk;
        return Run(policy, bios, exhaustive: false, chunks, progress, cancel, (worker, index) =>
        {
            // One generator per chunk, seeded from the run's seed: the same samples whatever the thread count.
            var random = new Random(unchecked((seed * 1_000_003) + (int)index));
            var size = Math.Min(chunk, samples - (index * chunk));
            for (var i = 0; i < size; i++)
            {
                var shape = random.Next(shapes.Length);
                worker.ExploreOneOrder(shape, shapes[shape], random.NextInt64(1L << bios), random);
            }
        }, shapes, cores);
    }

    private static (RequestShape Shape, BioLayout<bool, long> Layout)[] Prepare(int bios)
    {
        CheckBios(bios);
        return [.. RequestShapes.For(bios).Select(s => (s, ConcreteLayout.Of(s.Request, s.FreeBlocks)))];
    }

    private static void CheckBios(int bios)
    {
        if (bios is < 0 or > 62) throw new ArgumentOutOfRangeException(nameof(bios), $"the BIO count must be between 0 and 62 (got {bios})");
    }

    private static ExploreResult Run(
        IPolicy policy,
        int bios,
        bool exhaustive,
        long items,
        IProgress<long>? progress,
        CancellationToken cancel,
        Action<Worker, long> explore,
        (RequestShape Shape, BioLayout<bool, long> Layout)[] shapes,
        int cores = -1)
    {
        var clock = Stopwatch.StartNew();
        var merged = new Worker(policy, bios, shapes);
        var gate = new object();
        Parallel.For(
            0,
            items,
            new ParallelOptions { CancellationToken = cancel, MaxDegreeOfParallelism = cores },
            () => new Worker(policy, bios, shapes),
            (item, _, worker) =>
            {
                var before = worker.Schedules;
                explore(worker, item);
                progress?.Report(worker.Schedules - before);
                return worker;
            },
            worker =>
            {
                lock (gate) merged.Absorb(worker);
            });

        var tallies = Properties.Select((p, i) => new PropertyTally(p, merged.Violations[i], merged.Smallest[i])).ToList();
        return new ExploreResult(policy, bios, exhaustive, merged.Schedules, tallies, clock.Elapsed);
    }

    /// <summary>One thread's buffers and counts; nothing in its loops allocates unless a smaller violation turns up.</summary>
    private sealed class Worker
    {
        private readonly IPolicy _policy;
        private readonly int _bios;
        private readonly (RequestShape Shape, BioLayout<bool, long> Layout)[] _shapes;
        private readonly bool[] _failed;
        private readonly long[] _arrival;
        private readonly int[] _order;
        private readonly int[] _identity;
        private readonly bool[] _verdicts = new bool[Properties.Length];
        private Outcome<long>? _judged;

        public Worker(IPolicy policy, int bios, (RequestShape Shape, BioLayout<bool, long> Layout)[] shapes)
        {
            _policy = policy;
            _bios = bios;
            _shapes = shapes;
            _failed = new bool[bios];
            _arrival = new long[bios];
            _order = new int[bios];
            _identity = [.. Enumerable.Range(0, bios)];
        }

        public long Schedules { get; private set; }

        public long[] Violations { get; } = new long[Properties.Length];

        public Violation?[] Smallest { get; } = new Violation?[Properties.Length];

        public void ExploreAllOrders(int shape, (RequestShape Shape, BioLayout<bool, long> Layout) s, long mask)
        {
            SetMask(mask);
            _identity.CopyTo(_order, 0);
            var identity = RunOrder(s.Layout);
            Judge(shape, s, mask, identity, identity);
            while (Permutations.NextInPlace(_order))
            {
                Judge(shape, s, mask, RunOrder(s.Layout), identity);
            }
        }

        public void ExploreOneOrder(int shape, (RequestShape Shape, BioLayout<bool, long> Layout) s, long mask, Random random)
        {
            SetMask(mask);
            _identity.CopyTo(_order, 0);
            var identity = RunOrder(s.Layout);
            random.Shuffle(_order);
            Judge(shape, s, mask, RunOrder(s.Layout), identity);
        }

        public void Absorb(Worker other)
        {
            Schedules += other.Schedules;
            for (var i = 0; i < Properties.Length; i++)
            {
                Violations[i] += other.Violations[i];
                if (other.Smallest[i] is { } v && v.IsSmallerThan(Smallest[i])) Smallest[i] = v;
            }
        }

        private void SetMask(long mask)
        {
            for (var k = 0; k < _bios; k++) _failed[k] = (mask >> k & 1) == 1;
            _judged = null;
        }

        private Outcome<long> RunOrder(BioLayout<bool, long> layout)
        {
            for (var j = 0; j < _bios; j++) _arrival[j] = _order[j];
            return WriteEngine.Run(ConcreteAlgebra.Instance, _policy, layout, _failed, _arrival);
        }

        private void Judge(int shape, (RequestShape Shape, BioLayout<bool, long> Layout) s, long mask, Outcome<long> outcome, Outcome<long> identity)
        {
            Schedules++;

            // Verdicts are a pure function of (layout, outcomes, outcome): recompute only when the outcome changes.
            if (_judged != outcome)
            {
                var a = ConcreteAlgebra.Instance;
                var facts = new RunFacts<bool, long>(a, s.Layout, _failed, outcome);
                for (var i = 0; i < Properties.Length; i++)
                {
                    _verdicts[i] = Judges[i]?.Holds(a, facts) ?? true;
                }

                _judged = outcome;
            }

            for (var i = 0; i < Properties.Length; i++)
            {
                var holds = Judges[i] is null ? outcome == identity : _verdicts[i];
                if (holds) continue;
                Violations[i]++;
                Consider(i, shape, s.Shape, mask, orderDependent: Judges[i] is null);
            }
        }

        private void Consider(int property, int shape, RequestShape s, long mask, bool orderDependent)
        {
            var failures = System.Numerics.BitOperations.PopCount((ulong)mask);
            var best = Smallest[property];
            if (best is not null && (failures, s.Request.Length).CompareTo((best.Failures, best.Shape.Request.Length)) > 0) return;
            var candidate = new Violation(shape, s, mask, [.. _order], failures, Permutations.Inversions(_order), orderDependent ? [.. _identity] : null);
            if (candidate.IsSmallerThan(best)) Smallest[property] = candidate;
        }
    }
}
