namespace DioVerify.Smt.Proving;

/// <summary>
/// The solver's counterexample does not violate the property when replayed through the reference
/// engine: the two interpretations disagree. Never hidden — it means DioVerify itself is wrong.
/// </summary>
public sealed class ProverDisagreementException(string message) : Exception(message);
