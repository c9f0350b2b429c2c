using System.Diagnostics;
using DioVerify.Check.Sharding;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Generators;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Check;

namespace DioVerify.Check.FsChecking;

/// <summary>
/// FsCheck's search (<see cref="ViolationSearch"/>, over the generators the property tests use) on every policy ×
/// property, a bounded number of cases each from a fixed seed so that check is reproducible; every shrunk
/// counterexample is replayed through the engine before it counts.
/// </summary>
public static class FsCheckPhase
{
    public static FsCheckColumn Run(CheckOptions options, ShardPlan plan, IProgressReporter progress, List<CheckProblem> problems)
    {
        var pairs = options.Policies.SelectMany(p => PropertyCatalog.All.Select(q => (Policy: p, Property: q))).Where(x => plan.RunsFsCheck(x.Policy, x.Property)).ToList();
        var clock = Stopwatch.StartNew();
        var results = progress.Run("FsCheck on every policy × property", pairs.Count, report =>
            pairs.AsParallel().AsOrdered().Select(pair =>
            {
                var result = ViolationSearch.Check(pair.Policy, pair.Property, options.FsCheckTests, CheckOptions.FsCheckSeed);
                report.Report(1);
                return result;
            }).ToList());
        clock.Stop();
        var cells = pairs.Zip(results, (pair, result) => Confirmed(pair.Policy, pair.Property, result, problems)).ToList();
        return new FsCheckColumn(options.FsCheckTests, CheckOptions.FsCheckSeed, clock.Elapsed, cells);
    }

    /// <summary>
    /// The pair's cell, once its counterexample (if any) fails again when replayed; a judge that threw, or a
    /// counterexample that does not replay, means FsCheck's judge and the engine disagree: an internal problem.
    /// </summary>
    private static FsCheckCell Confirmed(IPolicy policy, PropertyId property, FsCheckResult<Schedule> result, List<CheckProblem> problems)
    {
        if (result.Crash is { } crash)
        {
            problems.Add(new CheckProblem(ProblemKind.Internal, policy.Name, $"FsCheck's judge of {property} threw {crash.GetType().Name}: {crash.Message}"));
            return new FsCheckCell(policy, property, null);
        }

        if (result.Shrunk is null) return new FsCheckCell(policy, property, null);
        var schedule = result.Shrunk with { Policy = policy.Name, Property = property, ProducedBy = VersionStamp.ProducedBy };
        try
        {
            Replay.Confirm("FsCheck", policy, property, schedule);
            return new FsCheckCell(policy, property, schedule);
        }
        catch (CounterexampleDoesNotReplayException e)
        {
            problems.Add(new CheckProblem(ProblemKind.Internal, policy.Name, e.Message));
            return new FsCheckCell(policy, property, null);
        }
    }
}
