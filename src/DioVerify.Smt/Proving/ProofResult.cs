using DioVerify.Engine.Schedules;

namespace DioVerify.Smt.Proving;

/// <summary>The verdict on one obligation, as data: rendered as text, JSON or JUnit by the CLI.</summary>
/// <param name="Method">How it was decided, e.g. "bounded, identity order (P6 proved)" or "induction over arrivals".</param>
/// <param name="Counterexample">For a refuted obligation, the replayed schedule (for P6 with its alternate order).</param>
/// <param name="Reason">For an unknown verdict, why the solver gave up.</param>
public sealed record ProofResult(
    Obligation Obligation,
    ProofVerdict Verdict,
    TimeSpan Elapsed,
    string Solver,
    string Method,
    Schedule? Counterexample,
    string? Reason);
