namespace DioVerify.Bench;

/// <summary>
/// One measurement: what was run (<see cref="Section"/>, <see cref="Subject"/>, <see cref="Bios"/>), its wall and CPU
/// time, a rate where one applies, and what it found, so a fast wrong answer never reads as a good number.
/// </summary>
/// <param name="Section">engine, explore, bounded, unbounded or check.</param>
/// <param name="Subject">e.g. <c>contiguous-prefix P1</c> or <c>contiguous-prefix, 1 core</c>.</param>
/// <param name="Bios">The BIO count, or null for every count (unbounded) or none (check).</param>
/// <param name="Cpu">The process's CPU time over the measurement; null where measurements overlap (one obligation among parallel ones).</param>
/// <param name="Rate">Schedules per second, where the row counts schedules.</param>
/// <param name="Result">The verdict or the count, e.g. <c>proved</c>, <c>refuted</c>, <c>1,234 schedules</c>.</param>
public sealed record BenchRow(string Section, string Subject, int? Bios, TimeSpan Wall, TimeSpan? Cpu, double? Rate, string Result);
