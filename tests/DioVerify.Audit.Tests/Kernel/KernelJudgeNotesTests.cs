using DioVerify.Audit.Kernel;
using DioVerify.Engine.Properties;

namespace DioVerify.Audit.Tests.Kernel;

/// <summary>The judge's words: what a filesystem did, beyond the verdicts.</summary>
public sealed class KernelJudgeNotesTests
{
    private const int Sectors = 16;

    private static KernelObservation Observation(long returned, SectorContent[] readback, bool[] onDevice, long sizeAfter, long allocated, bool eio = true) => new()
    {
        FileSystem = "test",
        Scenario = new KernelScenario { Name = "s", Story = "story", Offset = 0, Length = Sectors * 512, FailedFileBlocks = eio ? [1] : [] },
        SizeBefore = 0,
        Returned = returned,
        DeviceFailed = eio,
        Cut = false,
        SizeAfter = sizeAfter,
        AllocatedBytes = allocated,
        BlockSize = 4096,
        FSync = 0,
        Completions = [],
        Readback = readback,
        OnDevice = onDevice,
    };

    private static T[] Repeat<T>(T head, int count, T tail) => [.. Enumerable.Repeat(head, count), .. Enumerable.Repeat(tail, Sectors - count)];

    [Fact]
    public void Reporting_the_whole_write_over_garbage_is_unsafe_and_exposes_stale_data()
    {
        var judgement = KernelJudge.Judge(Observation(Sectors * 512, Repeat(SectorContent.New, 8, SectorContent.Stale), Repeat(true, 8, false), Sectors * 512, Sectors * 512));
        Assert.Equal(4096, judgement.Prefix);
        Assert.False(judgement.Properties[PropertyId.P1]);
        Assert.False(judgement.Properties[PropertyId.P4]);
        Assert.Contains("stale data exposed: device garbage readable at [4096, 8192)", judgement.Notes);
        Assert.Contains("returned 8192 bytes but only 4096 read back as written", judgement.Notes);
    }

    [Fact]
    public void Failing_the_whole_write_after_durable_progress_loses_progress_and_may_leak_blocks()
    {
        var judgement = KernelJudge.Judge(Observation(-5, Repeat(SectorContent.PastEof, Sectors, SectorContent.PastEof), Repeat(true, 8, false), 0, 8192));
        Assert.True(judgement.Properties[PropertyId.P1]);
        Assert.False(judgement.Properties[PropertyId.P3]);
        Assert.False(judgement.Properties[PropertyId.P5]);
        Assert.True(judgement.Properties[PropertyId.P7]);
        Assert.Contains("progress thrown away: 4096 bytes durable on the device, returned EIO", judgement.Notes);
        Assert.Contains("8192 bytes allocated past the end of the file (st_blocks; no extent map)", judgement.Notes);
    }

    [Fact]
    public void An_errno_that_did_not_happen_is_dishonest()
    {
        var judgement = KernelJudge.Judge(Observation(-28, Repeat(SectorContent.PastEof, Sectors, SectorContent.PastEof), Repeat(false, Sectors, false), 0, 0));
        Assert.False(judgement.Properties[PropertyId.P7]);
        Assert.True(judgement.Properties[PropertyId.P3]);
    }

    [Fact]
    public void A_clean_write_reported_in_full_conforms()
    {
        var judgement = KernelJudge.Judge(Observation(Sectors * 512, Repeat(SectorContent.New, Sectors, SectorContent.New), Repeat(true, Sectors, true), Sectors * 512, Sectors * 512, eio: false));
        Assert.True(judgement.Conforms, string.Join("; ", judgement.Notes));
    }

    [Fact]
    public void P5_reads_the_extent_map_so_a_hole_below_eof_hides_no_leak_and_unwritten_blocks_are_named()
    {
        // st_blocks would net a 4 KiB hole below EOF against 4 KiB past it and see nothing; the extent map sees both.
        var leaking = Observation(-5, Repeat(SectorContent.PastEof, Sectors, SectorContent.PastEof), Repeat(false, Sectors, false), 8192, 8192) with
        {
            SizeBefore = 8192,
            Extents = [new(0, 1 << 20, 4096, 0), new(8192, 1 << 21, 4096, ExtentMap.Unwritten)],
        };
        var judgement = KernelJudge.Judge(leaking);
        Assert.False(judgement.Properties[PropertyId.P5]);
        Assert.Contains("4096 bytes allocated past the end of the file (FIEMAP: all unwritten extents, reading as zeros)", judgement.Notes);

        var holeOnly = leaking with { Extents = [new(0, 1 << 20, 4096, 0)] };
        Assert.True(KernelJudge.Judge(holeOnly).Properties[PropertyId.P5]);
    }

    [Fact]
    public void The_scenario_says_which_verdicts_are_expected()
    {
        var o = Observation(-5, Repeat(SectorContent.PastEof, Sectors, SectorContent.PastEof), Repeat(true, 8, false), 0, 0);
        Assert.False(KernelJudge.Judge(o).AsExpected);
        var expecting = o with { Scenario = o.Scenario with { ExpectOn = new Dictionary<string, IReadOnlyDictionary<PropertyId, bool>> { ["test"] = new Dictionary<PropertyId, bool> { [PropertyId.P3] = false } } } };
        var judgement = KernelJudge.Judge(expecting);
        Assert.False(judgement.Properties[PropertyId.P3]);
        Assert.True(judgement.AsExpected);
    }
}
