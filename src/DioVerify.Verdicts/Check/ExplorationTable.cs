using DioVerify.Engine.Properties;

namespace DioVerify.Verdicts.Check;

/// <summary>
/// The exploration half of <c>check</c>: every policy × property explored exhaustively at 0..<see cref="MaxBios"/>
/// BIOs, with the smallest counterexample of each refuted cell (replayed and confirmed).
/// </summary>
public sealed record ExplorationTable(int MaxBios, long Schedules, TimeSpan Elapsed, IReadOnlyList<CheckRow> Rows)
{
    /// <summary>The cells whose verdict is not what the catalog expects.</summary>
    public int NotAsExpected => Rows.Sum(r => r.Cells.Values.Count(c => c.Judgement != Judgement.AsExpected));

    public CheckCell this[string policy, PropertyId property] => Rows.Single(r => r.Policy.Name == policy).Cells[property];
}
