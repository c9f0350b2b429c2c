using DioVerify.Audit.Kernel;

namespace DioVerify.Audit.Tests.Kernel;

/// <summary>A sector read back says whose data it is: this write's, the old file's, zeros, device garbage or something else.</summary>
public sealed class SectorStampTests
{
    private static readonly Guid Run = Guid.NewGuid();

    private static byte[] Stamped(Guid run, long offset, long generation)
    {
        var sector = new byte[SectorStamp.SectorSize];
        new SectorStamp(run, offset, generation).WriteTo(sector);
        return sector;
    }

    [Fact]
    public void A_stamp_reads_back_as_written() =>
        Assert.Equal(new SectorStamp(Run, 4096, 2), SectorStamp.Read(Stamped(Run, 4096, 2)));

    [Theory]
    [InlineData(2, 4096, SectorContent.New)]
    [InlineData(1, 4096, SectorContent.Old)]
    [InlineData(3, 4096, SectorContent.Foreign)]
    [InlineData(2, 8192, SectorContent.Foreign)]
    public void A_stamped_sector_is_new_old_or_foreign_by_generation_and_offset(long generation, long readAt, SectorContent expected) =>
        Assert.Equal(expected, SectorStamp.Classify(Stamped(Run, 4096, generation), Run, readAt, generation: 2, oldGeneration: 1));

    [Fact]
    public void Another_runs_data_is_foreign() =>
        Assert.Equal(SectorContent.Foreign, SectorStamp.Classify(Stamped(Guid.NewGuid(), 0, 2), Run, 0, 2, 1));

    [Fact]
    public void A_torn_sector_is_not_taken_for_this_writes_data()
    {
        var sector = Stamped(Run, 0, 2);
        sector[^1] ^= 0xFF;
        Assert.Null(SectorStamp.Read(sector));
        Assert.Equal(SectorContent.Foreign, SectorStamp.Classify(sector, Run, 0, 2, 1));
    }

    [Fact]
    public void Zeros_are_zero_and_device_garbage_is_stale()
    {
        Assert.Equal(SectorContent.Zero, SectorStamp.Classify(new byte[512], Run, 0, 2, 1));
        var garbage = new byte[1024];
        DirtyDisk.Fill(512 * 7, garbage);
        Assert.Equal(SectorContent.Stale, SectorStamp.Classify(garbage.AsSpan(512, 512), Run, 0, 2, 1));
    }

    [Fact]
    public void Garbage_marks_sectors_of_the_device_even_when_the_read_starts_inside_one()
    {
        var bytes = new byte[2048];
        DirtyDisk.Fill(100, bytes);

        // Device sector boundaries fall at 512 - 100 = 412 bytes into the buffer, then every 512.
        Assert.True(DirtyDisk.IsGarbage(bytes.AsSpan(412, 512)));
        Assert.True(DirtyDisk.IsGarbage(bytes.AsSpan(924, 512)));
        Assert.False(DirtyDisk.IsGarbage(bytes.AsSpan(0, 512)));
    }

    [Fact]
    public void Filling_a_buffer_stamps_each_sector_with_its_own_file_offset()
    {
        var buffer = new byte[4 * 512];
        SectorStamp.Fill(buffer, Run, 8192, 2);
        for (var i = 0; i < 4; i++) Assert.Equal(new SectorStamp(Run, 8192 + (i * 512), 2), SectorStamp.Read(buffer.AsSpan(i * 512, 512)));
    }
}
