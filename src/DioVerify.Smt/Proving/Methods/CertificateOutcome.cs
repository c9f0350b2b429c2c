namespace DioVerify.Smt.Proving.Methods;

/// <summary>
/// What checking a certificate's conditions established: all unsat (<see cref="Holds"/> true), a condition found
/// satisfiable (false, with it in <see cref="Failed"/>), or a condition left unknown (null, with the solver's reason).
/// A failed condition says the invariant does not carry the proof; it is no counterexample.
/// </summary>
public sealed record CertificateOutcome(bool? Holds, VerificationCondition? Failed, string? Reason);
