using DioVerify.Verdicts.Proofs;
using DioVerify.Verdicts.Record;

namespace DioVerify.Verdicts.Check;

/// <summary>
/// One obligation in <c>check</c>: the in-process result (with its counterexample or reason) and every solver's
/// answer on the committed file. The verdict is the in-process one; the others must agree with it.
/// </summary>
public sealed record ProofRow(ProofResult Result, IReadOnlyList<SolverAnswer> Answers)
{
    public Obligation Obligation => Result.Obligation;

    public Judgement Judgement => Result.Judgement;

    /// <summary>The solvers (of <see cref="Answers"/>) whose answer came from the obligation cache, not a fresh solve.</summary>
    public IReadOnlyList<string> FromCache { get; init; } = [];

    /// <summary>How many solvers gave the in-process verdict.</summary>
    public int Agreeing => Answers.Count(a => a.Verdict == Result.Verdict.Text());
}
