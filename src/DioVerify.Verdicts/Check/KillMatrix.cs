using DioVerify.Engine.Properties;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Verdicts.Check;

/// <summary>
/// Every planted fault against every checker that ran — exhaustive exploration, FsCheck and, with the proofs,
/// each solver. A fault some checker misses means that checker could not fail. Derived from the report's
/// tables, never accumulated beside them.
/// </summary>
public sealed record KillMatrix(IReadOnlyList<string> Columns, IReadOnlyList<KillMatrixRow> Rows)
{
    /// <summary>The planted faults some checker missed.</summary>
    public IEnumerable<KillMatrixRow> Missed => Rows.Where(r => r.Entries.Any(e => e.Ran && e.Judgement == Judgement.MissedPlantedFault));

    /// <param name="partial">A shard's report: a checker not run on a fault in this shard is skipped, not unknown.</param>
    /// <param name="unbounded">The unbounded obligations, when they ran: one more column, <c>unbounded</c>.</param>
    public static KillMatrix Of(ExplorationTable exploration, FsCheckColumn fsCheck, ProofTable? proofs, bool partial = false, ProofTable? unbounded = null)
    {
        var solvers = proofs?.Solvers ?? [];
        var rows = new List<KillMatrixRow>();
        // A shard may hold a policy's FsCheck cells or obligations without its exploration row: every policy any table names.
        var policies = partial
            ? exploration.Rows.Select(r => r.Policy).Concat(fsCheck.Cells.Select(c => c.Policy)).Concat(proofs?.Rows.Select(r => r.Obligation.Policy) ?? [])
                .DistinctBy(p => p.Name).ToList()
            : exploration.Rows.Select(r => r.Policy).ToList();
        foreach (var policy in policies)
        {
            var explored = exploration.Rows.SingleOrDefault(r => r.Policy.Name == policy.Name);
            foreach (var property in policy.Expected.Violated)
            {
                var entries = new List<KillMatrixEntry>
                {
                    explored is null ? KillMatrixEntry.NotRun : new(explored.Cells[property].Judgement, explored.Cells[property].RefutedAtBios is null ? null : "caught"),
                    fsCheck.Find(policy.Name, property) is { } cell
                        ? new(cell.Judgement, cell.Shrunk is { } s ? $"caught@{s.Outcomes.Length}" : null)
                        : partial ? KillMatrixEntry.NotRun : new(Judgement.Unknown, "not run"),
                };
                var proof = proofs?.Rows.SingleOrDefault(r => r.Obligation.Policy.Name == policy.Name && r.Obligation.Property == property);
                foreach (var solver in solvers)
                {
                    if (partial && proof is null)
                    {
                        entries.Add(KillMatrixEntry.NotRun);
                        continue;
                    }

                    var answer = proof?.Answers.SingleOrDefault(a => a.Solver == solver)?.Verdict;
                    var kind = answer switch { "refuted" => VerdictKind.Violated, "proved" => VerdictKind.Holds, _ => VerdictKind.Unknown };
                    entries.Add(new KillMatrixEntry(Expectation.Judge(expectedToHold: false, kind), kind == VerdictKind.Violated ? "caught" : null));
                }

                if (unbounded is not null)
                {
                    var row = unbounded.Rows.SingleOrDefault(r => r.Obligation.Policy.Name == policy.Name && r.Obligation.Property == property);
                    var kind = row?.Result.Verdict switch { ProofVerdict.Refuted => VerdictKind.Violated, ProofVerdict.Proved => VerdictKind.Holds, _ => VerdictKind.Unknown };
                    entries.Add(row is null && partial ? KillMatrixEntry.NotRun : new KillMatrixEntry(Expectation.Judge(expectedToHold: false, kind), kind == VerdictKind.Violated ? "caught" : null));
                }

                rows.Add(new KillMatrixRow(policy.Name, property, entries));
            }
        }

        return new KillMatrix(["explore", "fscheck", .. solvers, .. (unbounded is null ? Array.Empty<string>() : ["unbounded"])], rows);
    }
}

/// <summary>One planted fault's row: an entry per column of <see cref="KillMatrix.Columns"/>.</summary>
public sealed record KillMatrixRow(string Policy, PropertyId Property, IReadOnlyList<KillMatrixEntry> Entries);

/// <summary>One checker on one planted fault: caught (with how, e.g. <c>caught@2</c>), missed, unknown, or not run in this shard.</summary>
public sealed record KillMatrixEntry(Judgement Judgement, string? Caught)
{
    /// <summary>A checker another shard runs on this fault: no judgement here, and none missing.</summary>
    public static KillMatrixEntry NotRun { get; } = new(Judgement.Unknown, null) { Ran = false };

    /// <summary>False for <see cref="NotRun"/>: the entry is left out of every judgement and count.</summary>
    public bool Ran { get; init; } = true;

    public string Text => !Ran ? "skipped" : Caught ?? Expectation.Cell(Judgement, "caught");
}
