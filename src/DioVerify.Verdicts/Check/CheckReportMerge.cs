using DioVerify.Engine.Input;
using DioVerify.Engine.Policies;

namespace DioVerify.Verdicts.Check;

/// <summary>
/// <c>dioverify merge</c>: the shard reports of one sharded <c>check</c> combined into the report an unsharded run
/// gives — every table in catalog order, the kill matrix derived again from the whole. Refuses anything that is not
/// exactly the K parts of one run: a different DioVerify, commit, catalog, options or K, a missing or repeated part.
/// </summary>
public static class CheckReportMerge
{
    /// <param name="shards">Each report with the file it came from (named in every refusal).</param>
    /// <param name="catalog">The catalog the reports were checked against: the order of the merged tables.</param>
    /// <exception cref="BadInputException">The reports are not the K parts of one run; the message names the file and why.</exception>
    public static CheckReport Merge(IReadOnlyList<(string File, CheckReport Report)> shards, PolicyCatalog catalog)
    {
        if (shards.Count == 0) throw new ArgumentException("no shard reports", nameof(shards));
        var (firstFile, first) = shards[0];
        var seen = new Dictionary<int, string>();
        foreach (var (file, report) in shards)
        {
            string? Refusal() =>
                report.Shard is null ? "not a shard report (it has no \"shard\"; run check with --shard I/K)"
                : first.Shard is null ? null
                : report.Shard.Count != first.Shard.Count ? $"shard {report.Shard} is one of {report.Shard.Count}, {firstFile} one of {first.Shard.Count}"
                : report.ProducedBy != first.ProducedBy ? $"produced by {report.ProducedBy}, {firstFile} by {first.ProducedBy}"
                : report.Origin?.Commit != first.Origin?.Commit ? $"checked commit {report.Origin?.Commit ?? "(unknown)"}, {firstFile} commit {first.Origin?.Commit ?? "(unknown)"}"
                : report.Origin?.Catalog != first.Origin?.Catalog ? $"checked a different catalog ({report.Origin?.Catalog}) than {firstFile} ({first.Origin?.Catalog})"
                : report.Origin?.Options != first.Origin?.Options ? $"ran with other options ({report.Origin?.Options}) than {firstFile} ({first.Origin?.Options})"
                : seen.TryGetValue(report.Shard.Index, out var other) ? $"shard {report.Shard} again (also {other})"
                : null;
            if (Refusal() is { } reason) throw new BadInputException(file, 0, 0, reason);
            seen[report.Shard!.Index] = file;
        }

        var count = first.Shard!.Count;
        var missing = Enumerable.Range(1, count).Where(i => !seen.ContainsKey(i)).ToList();
        if (missing.Count > 0)
        {
            throw new BadInputException(firstFile, 0, 0, $"missing shard(s) {string.Join(", ", missing.Select(i => $"{i}/{count}"))} of this run (given: {string.Join(", ", seen.OrderBy(s => s.Key).Select(s => $"{s.Key}/{count} {s.Value}"))})");
        }

        var order = catalog.Policies.Select((p, i) => (p.Name, i)).ToDictionary(x => x.Name, x => x.i);
        int Rank(IPolicy policy) => order.GetValueOrDefault(policy.Name, int.MaxValue);
        var reports = shards.Select(s => s.Report).ToList();

        var exploration = new ExplorationTable(
            first.Exploration.MaxBios,
            reports.Sum(r => r.Exploration.Schedules),
            TimeSpan.FromTicks(reports.Sum(r => r.Exploration.Elapsed.Ticks)),
            [.. reports.SelectMany(r => r.Exploration.Rows).OrderBy(r => Rank(r.Policy))]);
        var fsCheck = new FsCheckColumn(
            first.FsCheck.Tests,
            first.FsCheck.Seed,
            TimeSpan.FromTicks(reports.Sum(r => r.FsCheck.Elapsed.Ticks)),
            [.. reports.SelectMany(r => r.FsCheck.Cells).OrderBy(c => Rank(c.Policy)).ThenBy(c => c.Property)]);
        var proofs = first.Proofs is { } p
            ? p with { Rows = [.. reports.SelectMany(r => r.Proofs?.Rows ?? []).OrderBy(r => Rank(r.Obligation.Policy)).ThenBy(r => r.Obligation.Property)] }
            : null;
        // Every shard reports a problem of the whole run (a ledger at another bound) once: the merged report, once too.
        var problems = reports.SelectMany(r => r.Problems).Distinct().ToList();
        var unbounded = first.Unbounded is { } u
            ? u with { Rows = [.. reports.SelectMany(r => r.Unbounded?.Rows ?? []).OrderBy(r => Rank(r.Obligation.Policy)).ThenBy(r => r.Obligation.Property)] }
            : null;
        return new CheckReport(first.ProducedBy, exploration, fsCheck, proofs, problems)
        {
            Unbounded = unbounded,
            Origin = first.Origin,
            StartedAt = reports.Min(r => r.StartedAt),
            WallTime = reports.Max(r => r.WallTime),
        };
    }
}
