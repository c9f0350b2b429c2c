using DioVerify.Engine.Properties;

namespace DioVerify.Verdicts.Check;

/// <summary>
/// Every planted fault against every checker that ran — exhaustive exploration, FsCheck and, with the proofs,
/// each solver. A fault some checker misses means that checker could not fail. Derived from the report's
/// tables, never accumulated beside them.
/// </summary>
public sealed record KillMatrix(IReadOnlyList<string> Columns, IReadOnlyList<KillMatrixRow> Rows)
{
    /// <summary>The planted faults some checker missed.</summary>
    public IEnumerable<KillMatrixRow> Missed => Rows.Where(r => r.Entries.Any(e => e.Judgement == Judgement.MissedPlantedFault));

    public static KillMatrix Of(ExplorationTable exploration, FsCheckColumn fsCheck, ProofTable? proofs)
    {
        var solvers = proofs?.Solvers ?? [];
        var rows = new List<KillMatrixRow>();
        foreach (var row in exploration.Rows)
        {
            foreach (var property in row.Policy.Expected.Violated)
            {
                var entries = new List<KillMatrixEntry>
                {
                    new(row.Cells[property].Judgement, row.Cells[property].RefutedAtBios is null ? null : "caught"),
                    fsCheck.Find(row.Policy.Name, property) is { } cell
                        ? new(cell.Judgement, cell.Shrunk is { } s ? $"caught@{s.Outcomes.Length}" : null)
                        : new(Judgement.Unknown, "not run"),
                };
                var proof = proofs?.Rows.SingleOrDefault(r => r.Obligation.Policy.Name == row.Policy.Name && r.Obligation.Property == property);
                foreach (var solver in solvers)
                {
                    var answer = proof?.Answers.SingleOrDefault(a => a.Solver == solver)?.Verdict;
                    var kind = answer switch { "refuted" => VerdictKind.Violated, "proved" => VerdictKind.Holds, _ => VerdictKind.Unknown };
                    entries.Add(new KillMatrixEntry(Expectation.Judge(expectedToHold: false, kind), kind == VerdictKind.Violated ? "caught" : null));
                }

                rows.Add(new KillMatrixRow(row.Policy.Name, property, entries));
            }
        }

        return new KillMatrix(["explore", "fscheck", .. solvers], rows);
    }
}

/// <summary>One planted fault's row: an entry per column of <see cref="KillMatrix.Columns"/>.</summary>
public sealed record KillMatrixRow(string Policy, PropertyId Property, IReadOnlyList<KillMatrixEntry> Entries);

/// <summary>One checker on one planted fault: caught (with how, e.g. <c>caught@2</c>), missed, or unknown.</summary>
public sealed record KillMatrixEntry(Judgement Judgement, string? Caught)
{
    public string Text => Caught ?? Expectation.Cell(Judgement, "caught");
}
