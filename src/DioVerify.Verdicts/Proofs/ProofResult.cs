using DioVerify.Engine.Schedules;

namespace DioVerify.Verdicts.Proofs;

/// <summary>The verdict on one obligation, as data: rendered as text, JSON or JUnit by the reporting layer.</summary>
/// <param name="Method">How it was decided, e.g. "bounded, file order" or "induction over arrivals".</param>
/// <param name="Counterexample">For a refuted obligation, the replayed schedule (for P6 with its alternate order).</param>
/// <param name="Reason">For an unknown verdict, why nothing was decided.</param>
/// <param name="InternalError">Set when DioVerify contradicted itself on this obligation (a counterexample that does not
/// replay, solvers that disagree): the verdict is then unknown and the run ends with exit 70, after every other result.</param>
public sealed record ProofResult(
    Obligation Obligation,
    ProofVerdict Verdict,
    TimeSpan Elapsed,
    string Solver,
    string Method,
    Schedule? Counterexample,
    string? Reason,
    string? InternalError = null)
{
    /// <summary>The method's kebab-case name (e.g. <c>bounded-file-order</c>), as JSON and proofs/ headers carry it.</summary>
    public string? MethodName { get; init; }

    /// <summary>The obligation's identity (<c>sha256:…</c>): a hash of the policy's definition, the property, the bound, the domain and the prover options.</summary>
    public string? Identity { get; init; }

    /// <summary>Exactly what a verdict covers (BIO counts, requests, geometries); a proved verdict claims nothing wider.</summary>
    public string? Domain { get; init; }

    /// <summary>This verdict against the catalog's expectation for the obligation's policy and property.</summary>
    public Judgement Judgement => Expectation.Judge(Obligation.Policy, Obligation.Property, Verdict.Kind());
}
