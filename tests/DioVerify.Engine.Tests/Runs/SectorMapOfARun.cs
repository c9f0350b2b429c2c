using DioVerify.Engine.Runs;
using DioVerify.Engine.Tests.Support;
using Xunit;
using static DioVerify.Engine.Tests.Support.Returns;

namespace DioVerify.Engine.Tests.Runs;

/// <summary>
/// <see cref="SectorMap.Of"/>: the state of every sector and block around a write after it finished, as
/// runs of equal state, from the block holding min(off, isize) to the request's last block.
/// </summary>
public sealed class SectorMapOfARun
{
    [Fact]
    public void A_write_past_EOF_cut_by_ENOSPC_with_a_failed_BIO_shows_every_state()
    {
        // A 1000-byte file; write [12800, 20992) with 2 KiB BIOs and 2 free blocks. Needed: blocks 3, 4, 5;
        // allocated: 3 and 4, so the cut is 20480. BIOs: [12800, 14848) ok, [14848, 16896) eio,
        // [16896, 18944) ok, [18944, 20480) ok. contiguous-prefix returns P = 2048: size 14848, block 3
        // kept, block 4 freed.
        var schedule = Build.Schedule(Build.Request(12800, 8192, 1000, maxBioBytes: 2048), 2, "ok eio ok ok", 3, 1, 0, 2);
        var map = SectorMap.Of(PolicyRuns.Run("contiguous-prefix", schedule));

        Assert.Equal(
            [
                new MapSpan<SectorState>(0, 1000, SectorState.OldData),
                new MapSpan<SectorState>(1000, 12288, SectorState.Hole),             // past EOF, never allocated
                new MapSpan<SectorState>(12288, 12800, SectorState.Unwritten),       // head of block 3, below off
                new MapSpan<SectorState>(12800, 14848, SectorState.Durable),
                new MapSpan<SectorState>(14848, 16896, SectorState.Failed),
                new MapSpan<SectorState>(16896, 20480, SectorState.Durable),         // BIOs 2 and 3, merged
                new MapSpan<SectorState>(20480, 20992, SectorState.NotSubmitted),    // at or past the cut
                new MapSpan<SectorState>(20992, 24576, SectorState.Hole),            // tail of block 5, never allocated
            ],
            map.Sectors);
        Assert.Equal(
            [
                new MapSpan<BlockState>(0, 4096, BlockState.Existing),
                new MapSpan<BlockState>(4096, 12288, BlockState.Unallocated),  // the hole, blocks 1 and 2
                new MapSpan<BlockState>(12288, 16384, BlockState.Kept),
                new MapSpan<BlockState>(16384, 20480, BlockState.Freed),
                new MapSpan<BlockState>(20480, 24576, BlockState.Unallocated), // the block ENOSPC denied
            ],
            map.Blocks);
        Assert.Equal(
            (0L, 24576L, 512L, 4096L, 12800L, 20992L, 20480L, 1000L, 14848L, 2048L, 2048L),
            (map.Start, map.End, map.SectorSize, map.BlockSize, map.Offset, map.RequestEnd, map.Cut, map.OldSize, map.NewSize, map.Prefix, map.Returned));
    }

    [Fact]
    public void An_overwrite_straddling_EOF_shows_old_data_before_it_and_keeps_the_new_block()
    {
        // A 6000-byte file (blocks 0, 1 exist); write [4096, 12288): BIO [4096, 8192) ok, [8192, 12288) ok.
        // Block 2 is new and kept; the size becomes 12288.
        var schedule = Build.Schedule(Build.Request(4096, 8192, 6000), null, "ok ok", 1, 0);
        var map = SectorMap.Of(PolicyRuns.Run("contiguous-prefix", schedule));

        Assert.Equal([new MapSpan<SectorState>(4096, 12288, SectorState.Durable)], map.Sectors);
        Assert.Equal(
            [
                new MapSpan<BlockState>(4096, 8192, BlockState.Existing),
                new MapSpan<BlockState>(8192, 12288, BlockState.Kept),
            ],
            map.Blocks);
        Assert.Equal(12288, map.NewSize);
    }

    [Fact]
    public void A_file_longer_than_the_write_starts_the_map_at_the_offsets_block_and_ends_at_the_requests_last_block()
    {
        // A 100000-byte file overwritten at [8192, 12288) by a failed BIO: old data is not shown past the write.
        var schedule = Build.Schedule(Build.Request(8192, 4096, 100000), null, "eio", 0);
        var map = SectorMap.Of(PolicyRuns.Run("contiguous-prefix", schedule));

        Assert.Equal((8192L, 12288L), (map.Start, map.End));
        Assert.Equal([new MapSpan<SectorState>(8192, 12288, SectorState.Failed)], map.Sectors);
        Assert.Equal([new MapSpan<BlockState>(8192, 12288, BlockState.Existing)], map.Blocks);
        Assert.Equal(EIO, map.Returned);
    }

    [Fact]
    public void When_nothing_is_submitted_the_whole_request_is_not_submitted_and_no_block_is_allocated()
    {
        // isize 4096, off 4608, no free block: cut = off, n = 0.
        var schedule = Build.Schedule(Build.Request(4608, 8192, 4096), 0, "");
        var map = SectorMap.Of(PolicyRuns.Run("contiguous-prefix", schedule));

        Assert.Equal(
            [
                new MapSpan<SectorState>(4096, 4608, SectorState.Hole),   // head of the block holding off, not allocated
                new MapSpan<SectorState>(4608, 12800, SectorState.NotSubmitted),
                new MapSpan<SectorState>(12800, 16384, SectorState.Hole),
            ],
            map.Sectors);
        Assert.Equal([new MapSpan<BlockState>(4096, 16384, BlockState.Unallocated)], map.Blocks);
        Assert.Equal(ENOSPC, map.Returned);
    }

    [Fact]
    public void Blocks_a_policy_never_frees_show_as_kept()
    {
        var schedule = Build.Schedule(Build.Request(0, 8192, 0), null, "eio ok", 1, 0);
        var map = SectorMap.Of(PolicyRuns.Run("prefix-keep-blocks", schedule));

        Assert.Equal(
            [
                new MapSpan<SectorState>(0, 4096, SectorState.Failed),
                new MapSpan<SectorState>(4096, 8192, SectorState.Durable),
            ],
            map.Sectors);
        Assert.Equal([new MapSpan<BlockState>(0, 8192, BlockState.Kept)], map.Blocks);
        Assert.Equal(0, map.NewSize);
    }
}
