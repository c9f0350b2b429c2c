namespace DioVerify.Audit.Kernel;

/// <summary>
/// A kernel audit on record (<c>dioverify-kernel-baseline/1</c>): the kernel it was recorded on and one entry per
/// (filesystem, scenario, I/O path, sector size), so a later audit can say "as on record" or name what changed.
/// </summary>
public sealed record KernelBaseline(string Kernel, string? ProducedBy, IReadOnlyList<BaselineEntry> Entries)
{
    public const string Format = "dioverify-kernel-baseline/1";

    public static KernelBaseline Of(KernelReport report, string producedBy) =>
        new(report.Kernel, producedBy, [.. report.Results.Select(BaselineEntry.Of)]);

    /// <summary>
    /// This record widened with <paramref name="report"/>: each run's values join the accepted ones of its entry (so a
    /// behaviour that depends on a race is on record with each outcome seen), new runs are added, and the kernel is
    /// the running one.
    /// </summary>
    public KernelBaseline Widen(KernelReport report, string producedBy)
    {
        var entries = Entries.ToList();
        foreach (var now in report.Results.Select(BaselineEntry.Of))
        {
            var at = entries.FindIndex(e => e.Key == now.Key);
            if (at < 0) entries.Add(now);
            else entries[at] = entries[at].Widen(now);
        }

        return new KernelBaseline(report.Kernel, producedBy, entries);
    }

    /// <summary>
    /// How <paramref name="report"/> differs from this record: each run's changes, and runs with no entry. Entries
    /// for runs not made this time (another <c>--fs</c> or <c>--scenario</c>) are not differences.
    /// </summary>
    public BaselineComparison Compare(KernelReport report, string file)
    {
        var byKey = Entries.ToDictionary(e => e.Key);
        var differences = new List<string>();
        foreach (var result in report.Results)
        {
            var now = BaselineEntry.Of(result);
            if (!byKey.TryGetValue(now.Key, out var recorded))
            {
                differences.Add($"{now.Key}: not on record");
                continue;
            }

            differences.AddRange(recorded.Differences(now).Select(d => $"{now.Key}: {d}"));
        }

        return new BaselineComparison(file, Kernel, report.Kernel, report.Results.Count, differences);
    }
}
