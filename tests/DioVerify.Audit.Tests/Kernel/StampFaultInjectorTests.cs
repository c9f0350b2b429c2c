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
        Assert.True(injector.Decide(1 << 20, Payload(2 * 4096, 2)).Fail);
        Assert.Equal(1, injector.Fired);
    }

    [Fact]
    public void Other_blocks_old_generations_metadata_and_unarmed_writes_are_stored()
    {
        var injector = Armed(3);
        Assert.False(injector.Decide(0, Payload(0, 2)).Fail);
        Assert.False(injector.Decide(0, Payload(3 * 4096, 1)).Fail);
        Assert.False(injector.Decide(0, new byte[8192]).Fail);
        injector.Disarm();
        Assert.False(injector.Decide(0, Payload(3 * 4096, 2)).Fail);
        Assert.Equal(0, injector.Fired);
    }

    [Fact]
    public void Sectors_are_found_at_device_sector_boundaries_of_the_write()
    {
        // The write starts 512 bytes before the chosen block's first sector lands on a device sector boundary.
        var payload = new byte[512 + 4096];
        SectorStamp.Fill(payload.AsSpan(512), Run, 3 * 4096, 2);
        Assert.True(Armed(3).Decide(512 * 9, payload).Fail);
    }
}
