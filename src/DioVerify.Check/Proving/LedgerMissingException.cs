namespace DioVerify.Check.Proving;

/// <summary>proofs/ has no ledger: there is no record to check against (the proofs were never written there).</summary>
public sealed class LedgerMissingException(string path) : Exception($"{path}: no ledger, so there is no record of the expected verdicts")
{
    public string Path { get; } = path;
}
