namespace DioVerify.Verdicts.Check;

/// <summary>The proof half of <c>check</c>: every obligation at the committed bound, decided by every solver in <see cref="Solvers"/>.</summary>
/// <param name="Domain">Exactly what a proved verdict here covers (BIO counts, requests, geometries): no claim is wider.</param>
public sealed record ProofTable(int Bound, string Domain, IReadOnlyList<string> Solvers, IReadOnlyList<ProofRow> Rows)
{
    public TimeSpan InProcess => TimeSpan.FromTicks(Rows.Sum(r => r.Result.Elapsed.Ticks));

    /// <summary>Every solver's answer on every obligation, counted.</summary>
    public int Answers => Rows.Sum(r => r.Answers.Count);

    /// <summary>How many of <see cref="Answers"/> came from the obligation cache.</summary>
    public int FromCache => Rows.Sum(r => r.FromCache.Count);
}
