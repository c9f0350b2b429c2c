using DioVerify.Check.Caching;
using DioVerify.Check.Sharding;
using DioVerify.Engine.Policies;
using DioVerify.Smt.Native;
using DioVerify.Smt.Proving;
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
            // A policy whose definition, under this build, was seen to agree on these schedules agrees again: only
            // agreement is remembered, so a disagreement is looked for afresh on every run.
            string? Key(IPolicy p) => options.Cache is null ? null
                : $"interpretations-agree {CachedSolving.TextBuild} libz3={Z3NativeLoader.NativeVersion} seed={Seed} {p.Name} {ObligationIdentity.Definition(session, p)}";
            var policies = options.Policies.Where(plan.Explores).Where(p => Key(p) is not { } key || options.Cache!.FindDerived(key) != "agree").ToList();
            var found = InterpretationAgreement.Check(session, policies, Seed);
            foreach (var p in policies.Where(p => found.All(d => d.Policy != p.Name)))
            {
                if (Key(p) is { } key) options.Cache!.StoreDerived(key, "agree");
            }

            report.Report(1);
            return found;
        });
        foreach (var d in disagreements)
        {
            problems.Add(new CheckProblem(ProblemKind.Mismatch, d.Policy, $"the concrete and symbolic interpretations disagree ({d.Concrete} vs {d.Symbolic}) on:\n{Engine.Schedules.ScheduleWriter.Write(d.Schedule)}"));
        }
    }
}
