namespace DioVerify.Verdicts.Proofs;

/// <summary>What a proof attempt established; <see cref="Unknown"/> is never reported as proved.</summary>
public enum ProofVerdict
{
    /// <summary>The property's negation is unsatisfiable within the obligation's bound (or for every bound).</summary>
    Proved,

    /// <summary>A counterexample exists, was decoded into a schedule and replayed through the engine.</summary>
    Refuted,

    /// <summary>The solver gave up (timeout, resource limit, incompleteness): nothing is known.</summary>
    Unknown,
}

/// <summary>How a proof verdict reads as a <see cref="VerdictKind"/> and as text.</summary>
public static class ProofVerdictExtensions
{
    public static VerdictKind Kind(this ProofVerdict verdict) => verdict switch
    {
        ProofVerdict.Proved => VerdictKind.Holds,
        ProofVerdict.Refuted => VerdictKind.Violated,
        _ => VerdictKind.Unknown,
    };

    /// <summary><c>proved</c>, <c>refuted</c> or <c>unknown</c>: the words of the CLI contract and of proofs/ledger.json.</summary>
    public static string Text(this ProofVerdict verdict) => verdict.ToString().ToLowerInvariant();
}
