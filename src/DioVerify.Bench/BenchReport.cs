namespace DioVerify.Bench;

/// <summary>A bench run's result: the machine, the options in words, and one row per measurement, in the order run.</summary>
/// <param name="Settings">What was measured in words (bounds, samples, jobs), so the table can be rerun.</param>
public sealed record BenchReport(Machine Machine, string Settings, IReadOnlyList<BenchRow> Rows, TimeSpan Wall, TimeSpan Cpu)
{
    /// <summary>The sections in the order the table prints them.</summary>
    public static IReadOnlyList<string> Sections { get; } = ["engine", "explore", "bounded", "unbounded", "check"];
}
