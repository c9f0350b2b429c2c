namespace DioVerify.Verdicts.Record;

/// <summary>One solver's answer on one obligation, as recorded in the ledger.</summary>
public sealed record SolverAnswer(string Solver, string Verdict, double Seconds);

/// <summary>
/// The ledger's record of one obligation: its file in proofs/, the verdict it must keep, and what
/// each solver answered when the file was last written.
/// </summary>
/// <param name="Bios">The bound; null for an unbounded obligation's certificate (proofs/unbounded/).</param>
/// <param name="Identity">The obligation's identity hash when it was written (see <c>ObligationIdentity</c>); absent in older ledgers.</param>
public sealed record LedgerEntry(string File, string Policy, string Property, int? Bios, string Expected, IReadOnlyList<SolverAnswer> Answers, string? Identity = null);
