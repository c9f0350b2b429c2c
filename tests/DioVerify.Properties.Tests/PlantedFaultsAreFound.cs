using System.Text;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Generators;
using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Properties.Tests;

/// <summary>
/// The checker can fail: for every planted fault (a property a policy is expected to break) FsCheck's search
/// (<see cref="ViolationSearch"/>, the one behind the FsCheck column of <c>dioverify check</c>) finds a
/// violation, shrinks it to a small story, and the shrunk case — printed as schedule v1 — replays through
/// <see cref="Replay.Run"/> to the same violation. SPEC: "the P1 faults [are refuted] by 2 BIOs and one
/// failure; prefix-keep-blocks by one failed BIO".
/// </summary>
public sealed class PlantedFaultsAreFound(ITestOutputHelper output)
{
    /// <summary>
    /// Every planted fault is refuted by at most 2 BIOs and one failure, except P3 against the rules that
    /// count other than the prefix: that needs 3 BIOs (ok, eio, ok). With 2, the only positive prefix is
    /// BIO 0 alone, and each of those rules then reports exactly it.
    /// </summary>
    private static int MaxShrunkBios(string policy, PropertyId property) =>
        property == PropertyId.P3 && policy is "sum-completed" or "highest-completed" or "arrival-cutoff" ? 3 : 2;

    public static TheoryData<string, PropertyId> Planted => PolicyPairs.Pairs(holding: false);

    [Theory]
    [MemberData(nameof(Planted))]
    public void FsCheck_finds_a_violation_and_shrinks_it_to_a_small_replayable_schedule(string policy, PropertyId property)
    {
        var p = PolicyPairs.Policy(policy);
        var result = ViolationSearch.Check(p, property, CaseBudget.MaxTest);
        Assert.False(result.Passed, $"FsCheck found no violation of {property} by {policy} in {result.Tests} cases: this checker cannot see the planted fault");
        var shrunk = result.Shrunk! with { Policy = policy, Property = property, ProducedBy = CounterexampleText.Producer };
        output.WriteLine(CounterexampleText.Describe(shrunk, result.Original!, result.Info));
        Assert.True(result.Crash is null, $"the property threw instead of failing: {result.Crash}");

        // Replayable: schedule v1 reads back to the same schedule, and replay judges the same violation.
        var text = ScheduleWriter.Write(shrunk);
        var read = ScheduleReader.Parse(Encoding.UTF8.GetBytes(text), "shrunk.json");
        Assert.True(read.SameAs(shrunk), $"the shrunk schedule does not read back as itself:\n{text}");
        var replayed = Replay.Run(p, read);
        var verdict = property == PropertyId.P6 ? replayed.OrderIndependence : replayed.RunVerdicts[property];
        Assert.False(verdict ?? true, $"replaying the shrunk schedule does not show {property} failing for {policy}:\n{text}");

        // Small: the smallest readable story.
        var bios = shrunk.Outcomes.Length;
        var most = MaxShrunkBios(policy, property);
        Assert.True(bios <= most && shrunk.FailureCount <= 1, $"shrunk to {bios} BIO(s) with {shrunk.FailureCount} failure(s), expected at most {most} and 1:\n{text}");
        if (property == PropertyId.P1)
        {
            // Claiming bytes past a failure needs a failed BIO and a durable one beyond it (or the cut).
            Assert.True(bios <= 2 && shrunk.FailureCount == 1, $"a P1 fault should shrink to at most 2 BIOs and exactly 1 failure, got {bios} and {shrunk.FailureCount}:\n{text}");
        }

        if (policy == "prefix-keep-blocks")
        {
            Assert.True(bios == 1 && shrunk.FailureCount == 1, $"prefix-keep-blocks should shrink to one failed BIO, got {bios} BIO(s), {shrunk.FailureCount} failed:\n{text}");
        }
    }
}
