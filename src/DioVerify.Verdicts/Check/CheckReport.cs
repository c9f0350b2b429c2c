namespace DioVerify.Verdicts.Check;

/// <summary>
/// Everything <c>check</c> found, as one immutable value: rendered as text, JSON, JUnit and HTML, and judged
/// here, once, into its <see cref="Outcome"/>.
/// </summary>
/// <param name="Proofs">The proof half, or null when it did not run (<c>--no-proofs</c>).</param>
public sealed record CheckReport(
    string ProducedBy,
    ExplorationTable Exploration,
    FsCheckColumn FsCheck,
    ProofTable? Proofs,
    IReadOnlyList<CheckProblem> Problems)
{
    /// <summary>The version of the JSON rendering of this report.</summary>
    public const string Format = "dioverify-check/1";

    /// <summary>Set on a shard's report: it holds only its part of the work (<c>check --shard I/K</c>).</summary>
    public Shard? Shard { get; init; }

    /// <summary>What the report was computed from; shard reports merge only when theirs are equal.</summary>
    public ReportOrigin? Origin { get; init; }

    /// <summary>When the run started (UTC), for JUnit's timestamp.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>The run's wall-clock time (of a merged report: the slowest shard's).</summary>
    public TimeSpan? WallTime { get; init; }

    /// <summary>The unbounded obligations (every number of BIOs, the wide geometry domain), each certificate re-checked; null when they did not run.</summary>
    public ProofTable? Unbounded { get; init; }

    public KillMatrix KillMatrix => KillMatrix.Of(Exploration, FsCheck, Proofs, partial: Shard is not null, Unbounded);

    /// <summary>Every judgement the report holds: exploration cells, FsCheck cells, obligations and the kill matrix.</summary>
    public IEnumerable<Judgement> Judgements =>
        Exploration.Rows.SelectMany(r => r.Cells.Values.Select(c => c.Judgement))
            .Concat(FsCheck.Cells.Select(c => c.Judgement))
            .Concat(Proofs?.Rows.Select(r => r.Judgement) ?? [])
            .Concat(Unbounded?.Rows.Select(r => r.Judgement) ?? [])
            .Concat(KillMatrix.Rows.SelectMany(r => r.Entries.Where(e => e.Ran).Select(e => e.Judgement)));

    /// <summary>Internal contradictions first, then anything not as expected, then anything undecided.</summary>
    public CheckOutcome Outcome =>
        Problems.Any(p => p.Kind == ProblemKind.Internal) || (Proofs?.Rows.Concat(Unbounded?.Rows ?? []).Any(r => r.Result.InternalError is not null) ?? false) ? CheckOutcome.Internal
        : Problems.Any(p => p.Kind == ProblemKind.Mismatch) || Judgements.Any(j => j.Fails()) ? CheckOutcome.NotAsExpected
        : Problems.Any(p => p.Kind == ProblemKind.Unknown) || Judgements.Any(j => j == Judgement.Unknown) ? CheckOutcome.Unknown
        : CheckOutcome.AsExpected;
}
