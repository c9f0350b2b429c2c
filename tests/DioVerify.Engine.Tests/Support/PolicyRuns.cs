using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using Xunit;

namespace DioVerify.Engine.Tests.Support;

/// <summary>Replays a schedule under a named policy and compares the run with hand-computed expectations.</summary>
internal static class PolicyRuns
{
    /// <summary>The eleven policy names of SPEC's catalog, in SPEC's order.</summary>
    public static readonly string[] SpecNames =
    [
        "legacy-all-or-nothing",
        "contiguous-prefix",
        "iomap-modern",
        "naive-partial",
        "sum-completed",
        "arrival-cutoff",
        "highest-completed",
        "prefix-stale-size",
        "prefix-keep-blocks",
        "prefix-zero-not-error",
        "sector-count-units",
    ];

    private static readonly PropertyId[] AllProperties =
        [PropertyId.P1, PropertyId.P2, PropertyId.P3, PropertyId.P4, PropertyId.P5, PropertyId.P6, PropertyId.P7];

    public static IPolicy Policy(string name) =>
        PolicyCatalog.Builtin.Find(name) ?? throw new Xunit.Sdk.XunitException($"policy {name} is not in the catalog");

    public static RunReport Run(string policy, Schedule schedule) => Replay.Run(Policy(policy), schedule);

    /// <summary>
    /// Asserts the returned value, the new size, the end of the kept blocks and every verdict.
    /// <paramref name="violated"/> lists the properties that must be false (e.g. <c>"P1 P3"</c>); every
    /// other per-run property must hold, and P6, when not listed, must be <paramref name="p6WhenNotViolated"/>
    /// (true when every order was tried, null when the replay could only sample orders).
    /// </summary>
    public static RunReport AssertRun(
        string policy, Schedule schedule, long returned, long newSize, long keptEnd, string violated, bool? p6WhenNotViolated = true)
    {
        var run = Run(policy, schedule);
        Assert.Equal(
            $"R={returned} size={newSize} keptEnd={keptEnd}",
            $"R={run.Returned} size={run.Outcome.NewSize} keptEnd={run.Outcome.KeptEnd}");
        Assert.Equal(Verdicts(ExpectedVerdicts(violated, p6WhenNotViolated)), Verdicts(Actual(run)));
        return run;
    }

    public static IEnumerable<(PropertyId Property, bool? Holds)> ExpectedVerdicts(string violated, bool? p6WhenNotViolated)
    {
        var failing = violated.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<PropertyId>).ToHashSet();
        return AllProperties.Select(p => (p, failing.Contains(p) ? false : p == PropertyId.P6 ? p6WhenNotViolated : (bool?)true));
    }

    public static IEnumerable<(PropertyId Property, bool? Holds)> Actual(RunReport run) =>
        AllProperties.Select(p => (p, p == PropertyId.P6 ? run.OrderIndependence : (bool?)run.RunVerdicts[p]));

    /// <summary>Verdicts as one line (<c>P1=holds P2=FAILS … P6=undecided</c>) so a mismatch reads at a glance.</summary>
    public static string Verdicts(IEnumerable<(PropertyId Property, bool? Holds)> verdicts) =>
        string.Join(" ", verdicts.Select(v => $"{v.Property}={(v.Holds is null ? "undecided" : v.Holds.Value ? "holds" : "FAILS")}"));
}
