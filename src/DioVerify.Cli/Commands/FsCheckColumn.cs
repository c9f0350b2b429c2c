using System.Diagnostics;
using System.Text;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Generators;
using DioVerify.Reporting;

namespace DioVerify.Cli.Commands;

/// <summary>
/// The FsCheck column of <c>check</c>: FsCheck's search (<see cref="ViolationSearch"/>, over the generators the
/// property tests use) on every policy × property, a bounded number of cases each from a fixed seed so that
/// check is reproducible. Every planted fault must be caught and no property a policy must satisfy may be;
/// every counterexample is replayed through the reference engine and must fail there too.
/// </summary>
public sealed class FsCheckColumn
{
    public const int DefaultTests = 2000;

    /// <summary>FsCheck's seed for every pair (the year of the linux-kernel thread).</summary>
    public const ulong Seed = 2010;

    private readonly IReadOnlyList<FsCheckCell> _cells;
    private readonly int _tests;
    private readonly TimeSpan _elapsed;

    private FsCheckColumn(IReadOnlyList<FsCheckCell> cells, int tests, TimeSpan elapsed)
    {
        _cells = cells;
        _tests = tests;
        _elapsed = elapsed;
    }

    /// <summary>Every planted fault caught and no false alarm.</summary>
    public bool Ok => _cells.All(c => c.AsExpected);

    public FsCheckCell this[IPolicy policy, PropertyId property] =>
        _cells.Single(c => c.Policy == policy && c.Property == property);

    /// <summary>Runs the search on every pair, in parallel, and confirms each counterexample by replay.</summary>
    public static FsCheckColumn Run(int tests)
    {
        var pairs = PolicyCatalog.All.SelectMany(p => PropertyCatalog.All.Select(q => (Policy: p, Property: q))).ToList();
        var clock = Stopwatch.StartNew();
        var results = ConsoleProgress.Run("FsCheck on every policy × property", pairs.Count, progress =>
            pairs.AsParallel().AsOrdered().Select(pair =>
            {
                var result = ViolationSearch.Check(pair.Policy, pair.Property, tests, Seed);
                progress.Report(1);
                return result;
            }).ToList());
        clock.Stop();
        var cells = pairs.Zip(results, (pair, result) => Confirmed(pair.Policy, pair.Property, result)).ToList();
        return new FsCheckColumn(cells, tests, clock.Elapsed);
    }

    /// <summary>
    /// The pair's cell, once its counterexample (if any) fails again when replayed through the engine; a judge
    /// that threw, or a counterexample that does not replay, means FsCheck's judge and the engine disagree.
    /// </summary>
    private static FsCheckCell Confirmed(IPolicy policy, PropertyId property, FsCheckResult<Schedule> result)
    {
        if (result.Crash is { } crash)
        {
            throw new CliException(ExitCode.Internal, $"FsCheck's judge of {policy.Name} {property} threw {crash.GetType().Name}: {crash.Message}");
        }

        if (result.Shrunk is null) return new FsCheckCell(policy, property, null);
        var schedule = result.Shrunk with { Policy = policy.Name, Property = property, ProducedBy = ExploreReport.ProducedBy };
        if (Replay.Run(policy, schedule).Verdicts.Single(v => v.Property == property).Holds != false)
        {
            throw new CliException(ExitCode.Internal, $"the FsCheck counterexample of {policy.Name} for {property} does not fail when replayed; FsCheck's judge and the engine disagree:\n{ScheduleWriter.Write(schedule)}");
        }

        return new FsCheckCell(policy, property, schedule);
    }

    /// <summary>What FsCheck ran, and each false alarm (a property a policy must satisfy, refuted) with its schedule.</summary>
    public string Summary()
    {
        var text = new StringBuilder();
        var planted = _cells.Where(c => !c.ExpectedToHold).ToList();
        var holding = _cells.Where(c => c.ExpectedToHold).ToList();
        var falseAlarms = holding.Where(c => c.Caught).ToList();
        text.AppendLine($"FsCheck: {_tests:N0} generated schedules per policy × property (seed {Seed}; --fscheck-tests N), {_elapsed.TotalSeconds:F1} s; " +
            $"{planted.Count(c => c.Caught)} of {planted.Count} planted faults caught; " +
            (falseAlarms.Count == 0
                ? $"no false alarm on the {holding.Count} properties policies must satisfy"
                : $"{falseAlarms.Count} FALSE ALARM(S) on the {holding.Count} properties policies must satisfy"));
        foreach (var cell in falseAlarms)
        {
            text.AppendLine($"  FALSE ALARM {cell.Policy.Name} {cell.Property}: {cell.Text}, replayed and confirmed (dioverify replay FILE):");
            text.Append(ScheduleWriter.Write(cell.Shrunk!));
        }

        return text.ToString();
    }
}
