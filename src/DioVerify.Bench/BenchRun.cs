using System.Diagnostics;
using DioVerify.Check;
using DioVerify.Check.Proving;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Exploration;
using DioVerify.Smt.Native;
using DioVerify.Smt.Proving;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Bench;

/// <summary>
/// <c>bench</c> as a library: times the concrete engine, exhaustive exploration, bounded and unbounded proofs and
/// optionally <c>check</c>, one after another in this process, and returns one <see cref="BenchReport"/>.
/// </summary>
/// <remarks>
/// Each row carries wall and CPU time: the machine may be shared, and CPU time is what a crowded run still measures
/// honestly (wall time then grows, CPU time does not). Every row also says what was found, since a faster prover that
/// changed a verdict is no speed-up.
/// </remarks>
public static class BenchRun
{
    /// <summary>Fixed, so two runs sample the same schedules.</summary>
    public const int Seed = 1;

    public static BenchReport Run(BenchOptions options, IProgressReporter progress)
    {
        var total = Meter.Start();
        var machine = Machine.Current(Z3NativeLoader.NativeVersion);
        var ordered = options.Catalog.Find(BenchOptions.OrderIndependentPolicy) ?? throw new ArgumentException($"the catalog has no {BenchOptions.OrderIndependentPolicy}");
        var unordered = options.Catalog.Find(BenchOptions.OrderDependentPolicy) ?? throw new ArgumentException($"the catalog has no {BenchOptions.OrderDependentPolicy}");
        var rows = new List<BenchRow>();

        // Untimed, so the first row measures the engine rather than the JIT compiling it (measured: 23k schedules/s
        // on one core without this, against 240k on two cores with it).
        Explorer.Sampled(ordered, BenchOptions.EngineBios, 5_000, Seed);

        foreach (var (cores, label) in new[] { (1, "1 core"), (-1, $"{Environment.ProcessorCount} cores") })
        {
            var meter = Meter.Start();
            var r = progress.Run($"engine at {BenchOptions.EngineBios} BIOs, {label}", options.EngineSamples, p =>
                Explorer.Sampled(ordered, BenchOptions.EngineBios, options.EngineSamples, Seed, p, cores: cores));
            rows.Add(meter.Row("engine", $"{ordered.Name}, sampled, {label}", BenchOptions.EngineBios, r.SchedulesPerSecond, $"{r.Schedules:N0} schedules"));
        }

        for (var n = 1; n <= options.MaxExploreBios; n++)
        {
            var meter = Meter.Start();
            var bios = n;
            var r = progress.Run($"explore at {n} BIOs", (long)Explorer.ExhaustiveCount(n), p => Explorer.Exhaustive(ordered, bios, p));
            rows.Add(meter.Row("explore", $"{ordered.Name}, exhaustive", n, r.SchedulesPerSecond, $"{r.Schedules:N0} schedules, {Found(r)}"));
        }

        foreach (var policy in new[] { ordered, unordered })
        {
            foreach (var n in options.BoundedBios())
            {
                var meter = Meter.Start();
                var o = new Obligation(policy, PropertyId.P1, n);
                var r = progress.Run($"prove {policy.Name} P1 at {n} BIOs", 1, p => Prove([o], 1, options.Timeout, p)[0]);
                rows.Add(meter.Row("bounded", $"{policy.Name} P1", n, null, Verdict(r)));
            }
        }

        // A planted fault first firing at k BIOs, searched up to 2k: the refutation's cost as k grows.
        foreach (var k in BenchOptions.FaultBios.Where(k => k <= options.MaxBios))
        {
            var meter = Meter.Start();
            var o = new Obligation(PlantedFault.From(k), PropertyId.P1, 2 * k);
            var r = progress.Run($"prove a fault from {k} BIOs, P1 up to {2 * k}", 1, p => Prove([o], 1, options.Timeout, p)[0]);
            rows.Add(meter.Row("fault", $"fault from {k} BIOs P1, bound {2 * k}", k, null, r.Counterexample is { } c ? $"{Verdict(r)} at {c.Outcomes.Length} BIOs, {c.FailureCount} failed" : Verdict(r)));
        }

        var policies = options.UnboundedPolicies is { } names
            ? [.. names.Select(name => options.Catalog.Find(name) ?? throw new ArgumentException($"no policy named {name}"))]
            : options.Catalog.Policies;
        var obligations = policies.SelectMany(p => PropertyCatalog.All.Select(q => new Obligation(p, q, null))).ToList();
        var all = Meter.Start();
        var results = progress.Run("prove --unbounded", obligations.Count, p => Prove(obligations, options.Jobs, options.Timeout, p));
        rows.AddRange(results.Select(r => new BenchRow("unbounded", $"{r.Obligation.Policy.Name} {r.Obligation.Property}", null, r.Elapsed, null, null, Verdict(r))));
        var counts = string.Join(", ", results.GroupBy(r => r.Verdict).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.Text()}"));
        rows.Add(all.Row("unbounded", $"all {obligations.Count} obligations, {options.Jobs} jobs", null, null, counts));

        if (options.Check is { } check)
        {
            var meter = Meter.Start();
            var report = CheckRun.Run(check, progress);
            rows.Add(meter.Row("check", "check, end to end", null, null, report.Outcome.ToString()));
        }

        var settings = $"engine {options.EngineSamples:N0} sampled schedules (seed {Seed}); explore 1..{options.MaxExploreBios} BIOs; "
            + $"bounded P1 at {string.Join(", ", options.BoundedBios())} BIOs; {FaultsSetting(options)}; unbounded {obligations.Count} obligations, {options.Jobs} jobs; "
            + $"budget {options.Timeout.TotalSeconds:0.###} s per obligation{(options.Check is null ? "" : "; check end to end")}";
        return new BenchReport(machine, settings, rows, total.Wall, total.Cpu);
    }

    /// <summary>The planted-fault rows the settings line names: none below the first fault's count (as `--quick` runs).</summary>
    private static string FaultsSetting(BenchOptions options) =>
        BenchOptions.FaultBios.Where(k => k <= options.MaxBios).ToList() is { Count: > 0 } faults
            ? $"planted faults from {string.Join(", ", faults)} BIOs"
            : $"no planted faults (the first fires at {BenchOptions.FaultBios[0]} BIOs, above --max-bios {options.MaxBios})";

    /// <summary>The one orchestrator prove and check use, so the bench times what users run.</summary>
    private static IReadOnlyList<ProofResult> Prove(IReadOnlyList<Obligation> obligations, int jobs, TimeSpan timeout, IProgress<long> progress) =>
        ObligationRunner.Run(obligations, jobs, timeout, progress, (prover, o) => prover.Prove(o));

    private static string Verdict(ProofResult r)
    {
        var judgement = r.Judgement;
        return judgement == Judgement.AsExpected ? r.Verdict.Text() : $"{r.Verdict.Text()} ({judgement.Label()})";
    }

    private static string Found(ExploreResult r) =>
        r.FalseAlarms.Any() ? $"violates {string.Join(", ", r.FalseAlarms)} (expected to hold)" : "as expected";

    /// <summary>Wall and process CPU time since <see cref="Start"/>.</summary>
    private readonly record struct Meter(Stopwatch Clock, TimeSpan CpuAtStart)
    {
        public static Meter Start() => new(Stopwatch.StartNew(), ProcessCpu());

        public TimeSpan Wall => Clock.Elapsed;

        public TimeSpan Cpu => ProcessCpu() - CpuAtStart;

        public BenchRow Row(string section, string subject, int? bios, double? rate, string result) =>
            new(section, subject, bios, Wall, Cpu, rate, result);

        private static TimeSpan ProcessCpu()
        {
            using var process = Process.GetCurrentProcess();
            return process.TotalProcessorTime;
        }
    }
}
