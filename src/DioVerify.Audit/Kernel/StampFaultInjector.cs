using DioVerify.Linux.Fuse;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// The device's faults: while armed, it fails every WRITE whose payload carries the stamp of a chosen file
/// block of the audited generation, answers short (stores and acknowledges only the bytes before the block) a
/// WRITE carrying a block chosen to tear, and holds back those carrying a chosen block for a while, so later
/// pieces of the write complete first. Metadata never carries a stamp, so only the write's own data is
/// touched — the EIO, the torn write and the reordering a direct write's BIOs would meet on a real disk.
/// </summary>
public sealed class StampFaultInjector(
    Guid run, long generation, IReadOnlyList<long> failedFileBlocks, IReadOnlyList<long> delayedFileBlocks, TimeSpan delay, IReadOnlyList<long>? tornFileBlocks = null)
    : IWriteInterceptor
{
    private readonly HashSet<long> failed = [.. failedFileBlocks];
    private readonly HashSet<long> delayed = [.. delayedFileBlocks];
    private readonly HashSet<long> torn = [.. tornFileBlocks ?? []];
    private readonly List<DeviceWrite> writes = [];
    private readonly Lock gate = new();
    private volatile bool armed;
    private long fired;
    private long tore;

    public StampFaultInjector(Guid run, long generation, IReadOnlyList<long> failedFileBlocks)
        : this(run, generation, failedFileBlocks, [], TimeSpan.Zero)
    {
    }

    /// <summary>WRITEs failed while armed.</summary>
    public long Fired => Interlocked.Read(ref fired);

    /// <summary>WRITEs answered short while armed.</summary>
    public long Tore => Interlocked.Read(ref tore);

    /// <summary>The file offset each WRITE of the audited data starts at, in the order the device completed them.</summary>
    public IReadOnlyList<long> Completions => [.. Writes.Select(w => w.FileStart)];

    /// <summary>Each WRITE of the audited data, in the order the device completed them.</summary>
    public IReadOnlyList<DeviceWrite> Writes
    {
        get
        {
            lock (gate) return [.. writes];
        }
    }

    public void Arm() => armed = true;

    public void Disarm() => armed = false;

    public bool Accept(long offset, ReadOnlySpan<byte> payload) => Answer(offset, payload) == payload.Length;

    public int Answer(long offset, ReadOnlySpan<byte> payload)
    {
        if (!armed) return payload.Length;
        var stamps = SectorStamp.FileOffsetsIn(offset, payload, run, generation);
        if (stamps.Count == 0) return payload.Length;
        if (stamps.Any(s => delayed.Contains(s / KernelScenario.FileBlockSize))) Thread.Sleep(delay);
        var start = stamps.Min();
        var end = stamps.Max() + SectorStamp.SectorSize;
        if (stamps.Any(s => failed.Contains(s / KernelScenario.FileBlockSize)))
        {
            Record(new DeviceWrite(start, end, Failed: true));
            Interlocked.Increment(ref fired);
            return -1;
        }

        // Torn: keep the sectors before the first one of a chosen block, in device order, and say that is all.
        if (torn.Count > 0)
        {
            for (var i = SectorStamp.FirstSectorBoundary(offset); i + SectorStamp.SectorSize <= payload.Length; i += SectorStamp.SectorSize)
            {
                if (SectorStamp.Read(payload.Slice(i, SectorStamp.SectorSize)) is not { } stamp || stamp.Run != run || stamp.Generation != generation) continue;
                if (!torn.Contains(stamp.FileOffset / KernelScenario.FileBlockSize)) continue;
                Interlocked.Increment(ref tore);
                Record(new DeviceWrite(start, end, Failed: false, TornAt: stamp.FileOffset));
                return i;
            }
        }

        Record(new DeviceWrite(start, end, Failed: false));
        return payload.Length;
    }

    private void Record(DeviceWrite write)
    {
        lock (gate) writes.Add(write);
    }
}
