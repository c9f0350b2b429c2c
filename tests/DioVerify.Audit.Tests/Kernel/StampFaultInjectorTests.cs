using DioVerify.Audit.Kernel;

namespace DioVerify.Audit.Tests.Kernel;

/// <summary>The device fails exactly the writes that carry the audited write's data for a chosen block, and only while armed.</summary>
public sealed class StampFaultInjectorTests
{
    private static readonly Guid Run = Guid.NewGuid();

    private static byte[] Payload(long fileOffset, long generation, int bytes = 8192)
    {
        var payload = new byte[bytes];
        SectorStamp.Fill(payload, Run, fileOffset, generation);
        return payload;
    }

    private static StampFaultInjector Armed(params long[] blocks)
    {
        var injector = new StampFaultInjector(Run, 2, blocks);
        injector.Arm();
        return injector;
    }

    [Fact]
    public void A_write_carrying_a_chosen_block_fails()
    {
        var injector = Armed(3);
        Assert.False(injector.Accept(1 << 20, Payload(2 * 4096, 2)));
        Assert.Equal(1, injector.Fired);
    }

    [Fact]
    public void Other_blocks_old_generations_metadata_and_unarmed_writes_are_stored()
    {
        var injector = Armed(3);
        Assert.True(injector.Accept(0, Payload(0, 2)));
        Assert.True(injector.Accept(0, Payload(3 * 4096, 1)));
        Assert.True(injector.Accept(0, new byte[8192]));
        injector.Disarm();
        Assert.True(injector.Accept(0, Payload(3 * 4096, 2)));
        Assert.Equal(0, injector.Fired);
    }

    [Fact]
    public void Sectors_are_found_at_device_sector_boundaries_of_the_write()
    {
        // The write starts 512 bytes before the chosen block's first sector lands on a device sector boundary.
        var payload = new byte[512 + 4096];
        SectorStamp.Fill(payload.AsSpan(512), Run, 3 * 4096, 2);
        Assert.False(Armed(3).Accept(512 * 9, payload));
    }

    [Fact]
    public void A_held_back_block_completes_after_writes_that_started_later()
    {
        var injector = new StampFaultInjector(Run, 2, [], [0], TimeSpan.FromSeconds(1));
        injector.Arm();
        var accepted = false;
        var first = new Thread(() => accepted = injector.Accept(0, Payload(0, 2)));
        first.Start();
        Thread.Sleep(200);
        Assert.True(injector.Accept(8192, Payload(8192, 2)));
        first.Join();
        Assert.True(accepted);
        Assert.Equal([8192L, 0L], injector.Completions);
    }

    [Fact]
    public void A_torn_block_cuts_the_write_short_at_its_first_sector_and_is_recorded()
    {
        var injector = new StampFaultInjector(Run, 2, [], [], TimeSpan.Zero, tornFileBlocks: [1]);
        injector.Arm();

        // Blocks 0 and 1 in one WRITE: only block 0's 4096 bytes are stored and acknowledged.
        Assert.Equal(4096, injector.Answer(0, Payload(0, 2)));
        Assert.Equal(1, injector.Tore);
        Assert.Equal(0, injector.Fired);
        Assert.Equal([new DeviceWrite(0, 8192, Failed: false, TornAt: 4096)], injector.Writes);
    }
}
