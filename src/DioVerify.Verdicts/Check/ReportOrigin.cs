namespace DioVerify.Verdicts.Check;

/// <summary>
/// What a check report was computed from, beyond DioVerify's version: shard reports merge only when all of these are
/// equal, since a union of parts of different questions answers none of them.
/// </summary>
/// <param name="Commit">The checkout's commit, when known (git, or the CI system's variable).</param>
/// <param name="Catalog">The catalog's fingerprint (<see cref="CatalogFingerprint"/>).</param>
/// <param name="Options">The options that shape the verdicts (bounds, test counts, budgets), as one line.</param>
public sealed record ReportOrigin(string? Commit, string Catalog, string Options);
