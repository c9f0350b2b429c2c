using DioVerify.Linux.Fuse;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// The device's faults: while armed, it fails every WRITE whose payload carries the stamp of a chosen file
/// block of the audited generation, and holds back those carrying a chosen block for a while, so later
/// pieces of the write complete first. Metadata never carries a stamp, so only the write's own data is
/// touched — the EIO and the reordering a direct write's BIOs would meet on a real disk.
/// </summary>
public sealed class StampFaultInjector(Guid run, long generation, IReadOnlyList<long> failedFileBlocks, IReadOnlyList<long> delayedFileBlocks, TimeSpan delay)
    : IWriteInterceptor
{
    private readonly HashSet<long> failed = [.. failedFileBlocks];
    private readonly HashSet<long> delayed = [.. delayedFileBlocks];
    private readonly List<long> completions = [];
    private readonly Lock gate = new();
    private volatile bool armed;
    private long fired;

    public StampFaultInjector(Guid run, long generation, IReadOnlyList<long> failedFileBlocks)
        : this(run, generation, failedFileBlocks, [], TimeSpan.Zero)
    {
    }

    /// <summary>WRITEs failed while armed.</summary>
    public long Fired => Interlocked.Read(ref fired);

    /// <summary>The file offset each WRITE of the audited data starts at, in the order the device completed them.</summary>
    public IReadOnlyList<long> Completions
    {
        get
        {
            lock (gate) return [.. completions];
        }
    }

    public void Arm() => armed = true;

    public void Disarm() => armed = false;

    public bool Accept(long offset, ReadOnlySpan<byte> payload)
    {
        if (!armed) return true;
        var stamps = SectorStamp.FileOffsetsIn(offset, payload, run, generation);
        if (stamps.Count == 0) return true;
        if (stamps.Any(s => delayed.Contains(s / KernelScenario.FileBlockSize))) Thread.Sleep(delay);
        lock (gate) completions.Add(stamps[0]);
        if (!stamps.Any(s => failed.Contains(s / KernelScenario.FileBlockSize))) return true;
        Interlocked.Increment(ref fired);
        return false;
    }
}
