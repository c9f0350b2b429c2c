namespace DioVerify.Verdicts.Check;

/// <summary>Something <c>check</c> found wrong besides a verdict: drift from proofs/, a solver without an answer, an internal contradiction.</summary>
/// <param name="Subject">What it is about: a file in proofs/ or models/, or a policy.</param>
public sealed record CheckProblem(ProblemKind Kind, string Subject, string Message)
{
    public override string ToString() => $"{Subject}: {Message}";
}

/// <summary>How a problem weighs on the outcome of <c>check</c>.</summary>
public enum ProblemKind
{
    /// <summary>The record no longer matches (drift, a missing file, a ledger verdict changed): the run fails.</summary>
    Mismatch,

    /// <summary>A solver gave no verdict: nothing is known about that column.</summary>
    Unknown,

    /// <summary>DioVerify contradicted itself (solvers disagree, a counterexample does not replay): reported after every table, exit 70.</summary>
    Internal,
}
