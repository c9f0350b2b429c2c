using DioVerify.Engine.Model;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Tests.Support;
using Xunit;

namespace DioVerify.Engine.Tests.Model;

/// <summary>
/// SPEC's geometry: blocks below roundUp(isize, B) exist; the blocks the request touches from there on
/// (including the partly covered block holding off) are needed and allocated in ascending order from
/// freeBlocks; the first one that cannot be had cuts the request at max(off, its start); [off, cut) is
/// split at off + k*M, measured from off. Blocks between old EOF and off stay a hole.
/// </summary>
public sealed class AllocationCutAndBioSplit
{
    private static BioLayout<bool, long> Layout(WriteRequest request, long? freeBlocks) => ConcreteLayout.Of(request, freeBlocks);

    private static (long FirstNew, long AllocEnd, long Cut, bool IsCut) Geometry(WriteRequest request, long? freeBlocks)
    {
        var g = Layout(request, freeBlocks).Geometry;
        return (g.FirstNewBlock, g.AllocEnd, g.Cut, g.IsCut);
    }

    private static (long Start, long End)[] Bios(WriteRequest request, long? freeBlocks)
    {
        var layout = Layout(request, freeBlocks);
        return [.. layout.Starts.Zip(layout.Ends)];
    }

    [Fact]
    public void The_ENOSPC_cut_falls_on_the_start_of_the_first_block_that_cannot_be_allocated() =>
        // 16 blocks needed for [0, 65536), 12 free: the cut is block 12's start.
        Assert.Equal((0L, 49152L, 49152L, true), Geometry(Build.SpecExampleRequest, 12));

    [Fact]
    public void Exactly_enough_free_blocks_do_not_cut() =>
        Assert.Equal((0L, 65536L, 65536L, false), Geometry(Build.SpecExampleRequest, 16));

    [Fact]
    public void Absent_freeBlocks_means_unlimited_space() =>
        Assert.Equal((0L, 65536L, 65536L, false), Geometry(Build.SpecExampleRequest, null));

    [Fact]
    public void The_cut_is_block_granular_even_when_the_request_ends_inside_a_block()
    {
        // [0, 6144) needs blocks 0 and 1; with one free block the cut is 4096, not 6144 or a sector boundary.
        Assert.Equal((0L, 4096L, 4096L, true), Geometry(Build.Request(0, 6144, 0), 1));
        Assert.Equal([(0L, 4096L)], Bios(Build.Request(0, 6144, 0), 1));
    }

    [Fact]
    public void The_cut_is_never_before_the_offset()
    {
        // isize 4096, off 4608: block 1 [4096, 8192) holds off and must be allocated. With none free the
        // first unallocatable block starts at 4096 < off, so cut = max(off, 4096) = off: no BIO at all.
        var request = Build.Request(4608, 8192, 4096);

        Assert.Equal((4096L, 4096L, 4608L, true), Geometry(request, 0));
        Assert.Empty(Bios(request, 0));
    }

    [Fact]
    public void The_partly_covered_block_holding_the_offset_is_needed_and_counts_against_free_space()
    {
        // Needed: 4096, 8192, 12288 ([4096, 16384) covers [4608, 12800)). One free block: cut at 8192.
        var request = Build.Request(4608, 8192, 4096);

        Assert.Equal((4096L, 8192L, 8192L, true), Geometry(request, 1));
        Assert.Equal([(4608L, 8192L)], Bios(request, 1));
        Assert.Equal((4096L, 16384L, 12800L, false), Geometry(request, 3));
    }

    [Fact]
    public void Blocks_between_the_old_EOF_and_the_offset_are_a_hole_and_use_no_free_space()
    {
        // isize 1000: block 0 exists; off 12800 lies in block 3; blocks 1 and 2 are a hole. Needed: blocks
        // 3, 4, 5 ([12288, 24576)). Three free blocks suffice; two cut at block 5's start.
        var request = Build.Request(12800, 8192, 1000);

        Assert.Equal((12288L, 24576L, 20992L, false), Geometry(request, 3));
        Assert.Equal((12288L, 20480L, 20480L, true), Geometry(request, 2));
        Assert.Equal([(12800L, 16896L), (16896L, 20480L)], Bios(request, 2));
    }

    [Fact]
    public void The_partly_filled_last_block_of_the_file_already_exists()
    {
        // isize 5000: blocks [0, 8192) exist. Writing [0, 16384) needs only blocks 2 and 3.
        var request = Build.Request(0, 16384, 5000);

        Assert.Equal((8192L, 16384L, 16384L, false), Geometry(request, 2));
        Assert.Equal((8192L, 8192L, 8192L, true), Geometry(request, 0));
        Assert.Equal([(0L, 4096L), (4096L, 8192L)], Bios(request, 0));
    }

    [Fact]
    public void An_overwrite_inside_the_file_needs_no_block_and_is_never_cut() =>
        Assert.Equal((12288L, 12288L, 12288L, false), Geometry(Build.Request(4096, 8192, 20480), 0));

    [Fact]
    public void BIOs_are_split_at_offset_plus_multiples_of_M_not_at_absolute_multiples_of_M() =>
        // off 512, M 4096: boundaries 4608 and 8704, not 4096 and 8192; the last BIO is shorter.
        Assert.Equal([(512L, 4608L), (4608L, 8704L), (8704L, 10752L)], Bios(Build.Request(512, 10240, 0), null));

    [Fact]
    public void BIOs_need_not_be_a_multiple_of_the_block_size() =>
        Assert.Equal([(0L, 6144L), (6144L, 12288L), (12288L, 16384L)], Bios(Build.Request(0, 16384, 0, maxBioBytes: 6144), null));

    [Fact]
    public void The_last_BIO_before_a_cut_ends_at_the_cut() =>
        // 6144-byte BIOs, 3 free blocks: cut at 12288; BIOs [0, 6144), [6144, 12288).
        Assert.Equal([(0L, 6144L), (6144L, 12288L)], Bios(Build.Request(0, 16384, 0, maxBioBytes: 6144), 3));

    [Fact]
    public void A_cut_inside_a_BIO_shortens_that_BIO()
    {
        // 1 KiB BIOs from 3072 (inside block 0), 1 free block: cut at 4096 leaves one 1 KiB BIO.
        Assert.Equal([(3072L, 4096L)], Bios(Build.Request(3072, 8192, 0, maxBioBytes: 1024), 1));
        // 16 KiB BIOs, cut at 4096: the first BIO is cut to [0, 4096).
        Assert.Equal([(0L, 4096L)], Bios(Build.SpecExampleRequest, 1));
    }

    [Fact]
    public void The_number_of_BIOs_is_the_ceiling_of_the_submitted_span_over_M()
    {
        Assert.Equal(4, Layout(Build.SpecExampleRequest, null).Count);
        Assert.Equal(3, Layout(Build.SpecExampleRequest, 12).Count);
        Assert.Equal(3, Layout(Build.SpecExampleRequest, 9).Count);   // cut 36864 = 2.25 BIOs
        Assert.Equal(0, Layout(Build.SpecExampleRequest, 0).Count);
    }
}
