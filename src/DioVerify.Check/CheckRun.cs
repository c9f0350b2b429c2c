using DioVerify.Check.Differential;
using DioVerify.Check.Exploring;
using DioVerify.Check.FsChecking;
using DioVerify.Check.Proving;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Check;

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
        var problems = new List<CheckProblem>();
        var exploration = ExplorationPhase.Run(options, progress, problems);
        var fsCheck = FsCheckPhase.Run(options, progress, problems);
        if (options.Proofs) InterpretationPhase.Run(options, progress, problems);
        var proofs = options.Proofs ? ProofPhase.Run(options, progress, problems) : null;
        return new CheckReport(VersionStamp.ProducedBy, exploration, fsCheck, proofs, problems);
    }
}
