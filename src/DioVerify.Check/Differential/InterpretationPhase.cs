using DioVerify.Check.Sharding;
using DioVerify.Smt.Differential;
using DioVerify.Smt.Solving;
using DioVerify.Verdicts.Check;

namespace DioVerify.Check.Differential;

/// <summary>
/// Every policy on random and boundary schedules (near 0, near block boundaries, near 2^63) through both
/// interpretations of the algebra: a proof is about the concrete engine only where they agree. A disagreement is a
/// named problem for that policy; the rest of check still runs and reports.
/// </summary>
public static class InterpretationPhase
{
    /// <summary>Fixed, so check is reproducible (the year of the linux-kernel thread, as for FsCheck).</summary>
    public const int Seed = 2010;

    public static void Run(CheckOptions options, ShardPlan plan, IProgressReporter progress, List<CheckProblem> problems)
    {
        var disagreements = progress.Run("both interpretations on boundary schedules", 1, report =>
        {
            using var session = new Z3Session();
            var found = InterpretationAgreement.Check(session, options.Policies.Where(plan.Explores), Seed);
            report.Report(1);
            return found;
        });
        foreach (var d in disagreements)
        {
            problems.Add(new CheckProblem(ProblemKind.Mismatch, d.Policy, $"the concrete and symbolic interpretations disagree ({d.Concrete} vs {d.Symbolic}) on:\n{Engine.Schedules.ScheduleWriter.Write(d.Schedule)}"));
        }
    }
}
