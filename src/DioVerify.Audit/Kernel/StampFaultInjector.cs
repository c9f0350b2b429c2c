using DioVerify.Linux.Fuse;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// The device's fault: while armed, it fails every WRITE whose payload carries the stamp of a chosen file
/// block of the audited generation. Metadata never carries a stamp, so only the write's own data fails —
/// the EIO a BIO of the direct write would meet on a bad disk.
/// </summary>
public sealed class StampFaultInjector(Guid run, long generation, IReadOnlyList<long> failedFileBlocks) : IWriteInterceptor
{
    private readonly HashSet<long> failed = [.. failedFileBlocks];
    private volatile bool armed;
    private long fired;

    /// <summary>WRITEs failed while armed.</summary>
    public long Fired => Interlocked.Read(ref fired);

    public void Arm() => armed = true;

    public void Disarm() => armed = false;

    public WriteDecision Decide(long offset, ReadOnlySpan<byte> payload)
    {
        if (!armed || failed.Count == 0) return WriteDecision.Store;
        const int sector = SectorStamp.SectorSize;
        var first = (int)((sector - offset % sector) % sector);
        for (var at = first; at + sector <= payload.Length; at += sector)
        {
            if (SectorStamp.Read(payload.Slice(at, sector)) is { } stamp && stamp.Run == run && stamp.Generation == generation &&
                failed.Contains(stamp.FileOffset / KernelScenario.FileBlockSize))
            {
                Interlocked.Increment(ref fired);
                return WriteDecision.FailWithEio;
            }
        }

        return WriteDecision.Store;
    }
}
