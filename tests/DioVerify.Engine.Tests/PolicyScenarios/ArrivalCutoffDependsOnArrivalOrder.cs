using DioVerify.Engine.Schedules;
using DioVerify.Engine.Tests.Support;
using Xunit;
using static DioVerify.Engine.Tests.Support.Returns;

namespace DioVerify.Engine.Tests.PolicyScenarios;

/// <summary>
/// arrival-cutoff counts the ok bytes that arrived before the first failed arrival, confusing arrival order
/// with file order. Two BIOs of an 8192-byte write into an empty file, BIO 0 failing, are enough: in file
/// order it reports EIO, reversed it claims BIO 1's 4096 bytes. P6 (RunReport.OrderIndependence) is false.
/// </summary>
public sealed class ArrivalCutoffDependsOnArrivalOrder
{
    private const string Policy = "arrival-cutoff";

    private static Schedule FirstFails(params int[] arrival) => Build.Schedule(Build.Request(0, 8192, 0), null, "eio ok", arrival);

    [Fact]
    public void In_file_order_the_failure_arrives_first_and_the_result_is_EIO_but_another_order_differs()
    {
        var run = PolicyRuns.AssertRun(Policy, FirstFails(0, 1), returned: EIO, newSize: 0, keptEnd: 0, violated: "P6");

        Assert.Equal([1, 0], run.DifferingArrival);
    }

    [Fact]
    public void Reversed_the_ok_BIO_arrives_first_and_is_claimed_past_the_failure()
    {
        var run = PolicyRuns.AssertRun(Policy, FirstFails(1, 0), returned: 4096, newSize: 4096, keptEnd: 4096, violated: "P1 P4 P6");

        Assert.Equal([0, 1], run.DifferingArrival);
    }

    [Fact]
    public void A_schedules_alternate_arrival_is_the_order_reported_as_differing()
    {
        var schedule = FirstFails(1, 0) with { AlternateArrival = [0, 1] };

        var run = PolicyRuns.Run(Policy, schedule);

        Assert.False(run.OrderIndependence);
        Assert.Equal([0, 1], run.DifferingArrival);
    }

    [Fact]
    public void When_only_the_last_BIO_fails_every_order_gives_the_same_count()
    {
        // [0, 4096) ok, [4096, 8192) fails: whichever arrives first, the count is 4096.
        var schedule = Build.Schedule(Build.Request(0, 8192, 0), null, "ok eio", 1, 0);

        var run = PolicyRuns.AssertRun(Policy, schedule, returned: 4096, newSize: 4096, keptEnd: 4096, violated: "");
        Assert.Null(run.DifferingArrival);
    }

    [Fact]
    public void Contiguous_prefix_on_the_same_outcomes_is_order_independent()
    {
        var run = PolicyRuns.AssertRun("contiguous-prefix", FirstFails(1, 0), returned: EIO, newSize: 0, keptEnd: 0, violated: "");

        Assert.True(run.OrderIndependence);
    }
}
