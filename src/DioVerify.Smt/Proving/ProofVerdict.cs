namespace DioVerify.Smt.Proving;

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
