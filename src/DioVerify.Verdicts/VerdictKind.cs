namespace DioVerify.Verdicts;

/// <summary>What a checker established about one (policy, property): three values, as in Elle's valid / unknown / invalid.</summary>
public enum VerdictKind
{
    /// <summary>No violation exists in the checker's domain (proved, or not found by exhaustive search).</summary>
    Holds,

    /// <summary>A violation was found, and its counterexample replayed through the engine.</summary>
    Violated,

    /// <summary>The checker could not decide (timeout, solver gave up, not run): never evidence for either side.</summary>
    Unknown,
}
