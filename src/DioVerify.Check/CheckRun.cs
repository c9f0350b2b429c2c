using System.Diagnostics;
using DioVerify.Check.Differential;
using DioVerify.Check.Exploring;
using DioVerify.Check.FsChecking;
using DioVerify.Check.Proving;
using DioVerify.Check.Sharding;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Check;
using DioVerify.Verdicts.Record;

namespace DioVerify.Check;

/// <summary>
/// <c>dioverify check</c>, the main job, as a library: explores every policy exhaustively, runs FsCheck on every
/// policy × property and, with the proofs, re-decides proofs/ with every solver. Returns one report; a checker
/// that contradicts itself becomes a problem in it, and every other result is still there.
/// </summary>
public static class CheckRun
{
    public static CheckReport Run(CheckOptions options, IProgressReporter progress)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var plan = options.Shard is { } shard ? ShardPlan.For(shard, options, options.Proofs ? Ledger.Read(options.ProofsDirectory) : null) : ShardPlan.Everything;
        var problems = new List<CheckProblem>();
        var exploration = ExplorationPhase.Run(options, plan, progress, problems);
        var fsCheck = FsCheckPhase.Run(options, plan, progress, problems);
        if (options.Proofs) InterpretationPhase.Run(options, plan, progress, problems);
        var (proofs, unbounded) = options.Proofs ? ProofPhase.Run(options, plan, progress, problems, exploration) : (null, null);
        return new CheckReport(VersionStamp.ProducedBy, exploration, fsCheck, proofs, problems)
        {
            Unbounded = unbounded,
            Shard = options.Shard,
            Origin = new ReportOrigin(options.Commit, CatalogFingerprint.Of(options.Policies), options.Fingerprint),
            StartedAt = started,
            WallTime = clock.Elapsed,
        };
    }
}
