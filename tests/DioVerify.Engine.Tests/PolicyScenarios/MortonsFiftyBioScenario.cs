using DioVerify.Engine.Model;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;
using DioVerify.Engine.Tests.Support;
using Xunit;
using static DioVerify.Engine.Tests.Support.Returns;

namespace DioVerify.Engine.Tests.PolicyScenarios;

/// <summary>
/// Andrew Morton's scenario from the seed thread: "we've issued 50 write BIOs and then hit an EIO on a BIO",
/// completions not in file order. Here: 50 BIOs of 4096 bytes extending an empty file, BIO 20 fails.
/// The contiguous durable prefix is the 20 BIOs below the failure: P = 20 * 4096 = 81920.
/// </summary>
/// <remarks>
/// With 50 BIOs the replay cannot try all 50! orders; it samples them, so P6 is undecided (null) for an
/// order-independent policy and false for arrival-cutoff (the identity order, always sampled, differs).
/// </remarks>
public sealed class MortonsFiftyBioScenario
{
    private const int Bios = 50;
    private const int FailedBio = 20;
    private const long Len = Bios * 4096L;       // 204800
    private const long P = FailedBio * 4096L;    // 81920

    private static readonly WriteRequest Request = Build.Request(offset: 0, length: Len, fileSize: 0);

    private static IEnumerable<BioStatus> Outcomes => Enumerable.Range(0, Bios).Select(k => k == FailedBio ? BioStatus.Eio : BioStatus.Ok);

    private static Schedule WithArrival(IEnumerable<int> arrival) => Build.Schedule(Request, null, Outcomes, arrival);

    /// <summary>Reversed arrival: BIOs 49..21 (29 of them) complete ok before BIO 20's EIO arrives.</summary>
    public static TheoryData<string, long, long, long, string> ReversedArrival => new()
    {
        { "legacy-all-or-nothing", EIO, 0, 0, "P3" },
        { "contiguous-prefix", P, P, P, "" },
        { "iomap-modern", EIO, 0, 0, "P3" },
        { "naive-partial", EIO, 0, 0, "P3" },          // not cut, so the EIO is reported
        { "sum-completed", 49 * 4096, 49 * 4096, 49 * 4096, "P1 P3 P4" },
        { "arrival-cutoff", 29 * 4096, 29 * 4096, 29 * 4096, "P1 P3 P4 P6" },
        { "highest-completed", Len, Len, Len, "P1 P3 P4" },
        { "prefix-stale-size", P, Len, Len, "P4" },
        { "prefix-keep-blocks", P, P, Len, "P5" },
        { "prefix-zero-not-error", P, P, P, "" },
        { "sector-count-units", P / 512, P, P, "P3" },   // 160 sectors
    };

    /// <summary>
    /// A fixed interleaving: every odd BIO (25 of them) completes, then BIO 20 fails, then the remaining even
    /// BIOs. Only arrival-cutoff notices: it counts the 25 odd BIOs, 102400 bytes.
    /// </summary>
    public static TheoryData<string, long, long, long, string> InterleavedArrival => new()
    {
        { "legacy-all-or-nothing", EIO, 0, 0, "P3" },
        { "contiguous-prefix", P, P, P, "" },
        { "iomap-modern", EIO, 0, 0, "P3" },
        { "naive-partial", EIO, 0, 0, "P3" },
        { "sum-completed", 49 * 4096, 49 * 4096, 49 * 4096, "P1 P3 P4" },
        { "arrival-cutoff", 25 * 4096, 25 * 4096, 25 * 4096, "P1 P3 P4 P6" },
        { "highest-completed", Len, Len, Len, "P1 P3 P4" },
        { "prefix-stale-size", P, Len, Len, "P4" },
        { "prefix-keep-blocks", P, P, Len, "P5" },
        { "prefix-zero-not-error", P, P, P, "" },
        { "sector-count-units", P / 512, P, P, "P3" },
    };

    private static int[] Reversed => [.. Enumerable.Range(0, Bios).Reverse()];

    private static int[] Interleaved =>
    [
        .. Enumerable.Range(0, Bios).Where(k => k % 2 == 1),
        FailedBio,
        .. Enumerable.Range(0, Bios).Where(k => k % 2 == 0 && k != FailedBio),
    ];

    [Fact]
    public void The_request_maps_to_fifty_BIOs_and_the_prefix_ends_at_the_failed_BIO_20()
    {
        var run = PolicyRuns.Run("contiguous-prefix", WithArrival(Reversed));

        Assert.Equal(Bios, run.Layout.Count);
        Assert.Equal(20 * 4096, run.Layout.Starts[FailedBio]);
        Assert.Equal(P, run.Prefix);
        Assert.Equal(0, run.Geometry.FirstNewBlock);
        Assert.Equal(Len, run.Geometry.Cut);
    }

    [Theory]
    [MemberData(nameof(ReversedArrival))]
    public void Reversed_arrival(string policy, long returned, long newSize, long keptEnd, string violated) =>
        PolicyRuns.AssertRun(policy, WithArrival(Reversed), returned, newSize, keptEnd, violated, p6WhenNotViolated: null);

    [Theory]
    [MemberData(nameof(InterleavedArrival))]
    public void Interleaved_arrival(string policy, long returned, long newSize, long keptEnd, string violated) =>
        PolicyRuns.AssertRun(policy, WithArrival(Interleaved), returned, newSize, keptEnd, violated, p6WhenNotViolated: null);

    [Fact]
    public void Arrival_cutoff_under_a_seeded_shuffle_counts_exactly_the_ok_BIOs_that_arrived_before_BIO_20()
    {
        var arrival = Enumerable.Range(0, Bios).ToArray();
        new Random(2010).Shuffle(arrival);
        var before = Array.IndexOf(arrival, FailedBio); // every BIO but 20 is ok, so each earlier arrival counts
        var counted = before * 4096L;

        var run = PolicyRuns.Run("arrival-cutoff", WithArrival(arrival));

        // Whatever the shuffle, the count is the 4096-byte BIOs that beat the failure home, or Morton's
        // prefix when the failure arrived first.
        Assert.Equal(counted > 0 ? counted : P, run.Returned);
        Assert.Equal(counted > P, !run.RunVerdicts[PropertyId.P1]);
    }

    [Fact]
    public void Contiguous_prefix_returns_Mortons_count_whatever_the_arrival_order()
    {
        var arrival = Enumerable.Range(0, Bios).ToArray();
        new Random(50).Shuffle(arrival);

        foreach (var order in new[] { Reversed, Interleaved, arrival, [.. Enumerable.Range(0, Bios)] })
        {
            Assert.Equal(P, PolicyRuns.Run("contiguous-prefix", WithArrival(order)).Returned);
        }
    }
}
