using DioVerify.Engine.Schedules;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Check.Caching;

/// <summary>One cache entry's content: a definite verdict, its evidence and when and how fast it was found.</summary>
/// <param name="Counterexample">For a refuted answer of the in-process prover, the decoded schedule: replayed again before reuse.</param>
public sealed record CachedAnswer(
    ProofVerdict Verdict,
    double Seconds,
    DateTimeOffset SolvedAt,
    string? Method,
    string? MethodKind,
    string? Domain,
    string? Identity,
    Schedule? Counterexample);
