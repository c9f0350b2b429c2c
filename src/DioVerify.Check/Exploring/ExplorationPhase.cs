using DioVerify.Check.Sharding;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Exploration;
using DioVerify.Verdicts.Check;

namespace DioVerify.Check.Exploring;

/// <summary>Every policy explored exhaustively at 0..N BIOs; each cell's smallest counterexample replayed before it is reported.</summary>
public static class ExplorationPhase
{
    public static ExplorationTable Run(CheckOptions options, ShardPlan plan, IProgressReporter progress, List<CheckProblem> problems)
    {
        var bounds = Enumerable.Range(0, options.MaxBios + 1).ToList();
        var policies = options.Policies.Where(plan.Explores).ToList();
        var total = (long)(policies.Count * bounds.Sum(Explorer.ExhaustiveCount));
        var results = progress.Run("exploring every policy", total, report =>
            policies.Select(p => (IReadOnlyList<ExploreResult>)[.. bounds.Select(b => Explorer.Exhaustive(p, b, report))]).ToList());
        return ExplorationTableBuilder.Build(results, options.MaxBios, (policy, property, schedule) => Confirmed(policy, property, schedule, problems));
    }

    private static bool Confirmed(IPolicy policy, PropertyId property, Schedule schedule, List<CheckProblem> problems)
    {
        try
        {
            Replay.Confirm("exploration", policy, property, schedule);
            return true;
        }
        catch (CounterexampleDoesNotReplayException e)
        {
            problems.Add(new CheckProblem(ProblemKind.Internal, policy.Name, e.Message));
            return false;
        }
    }
}
