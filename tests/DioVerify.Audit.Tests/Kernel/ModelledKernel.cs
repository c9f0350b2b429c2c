using DioVerify.Audit.Kernel;
using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Runs;

namespace DioVerify.Audit.Tests.Kernel;

/// <summary>
/// What the kernel audit would observe of a filesystem whose direct-I/O path is a given policy: the run's
/// sector map read back through the file (durable sectors read as new data, failed ones as garbage,
/// unwritten ones as zeros) and its durable sectors found on the device.
/// </summary>
public static class ModelledKernel
{
    private const int Sector = SectorStamp.SectorSize;

    public static KernelObservation Observe(RunReport run)
    {
        var request = run.Schedule.Request;
        var g = run.Geometry;
        var failedBlocks = Enumerable.Range(0, run.Layout.Count)
            .Where(k => run.Schedule.Outcomes[k] == BioStatus.Eio)
            .Select(k => run.Layout.Starts[k] / KernelScenario.FileBlockSize)
            .ToList();
        var scenario = new KernelScenario
        {
            Name = "modelled",
            Story = run.Policy.Name,
            File = FileSetup.Existing(request.FileSize),
            Offset = request.Offset,
            Length = request.Length,
            FailedFileBlocks = failedBlocks,
        };
        var size = run.Outcome.NewSize;
        var end = Math.Max(size, g.End);
        var map = SectorMap.Of(run);
        var readback = new SectorContent[(end + Sector - 1) / Sector];
        for (var i = 0; i < readback.Length; i++) readback[i] = ReadBack((long)i * Sector, map, request.FileSize, size);

        var onDevice = new bool[request.Length / Sector];
        for (var i = 0; i < onDevice.Length; i++) onDevice[i] = StateAt(request.Offset + ((long)i * Sector), map, request.FileSize) == SectorState.Durable;

        return new KernelObservation
        {
            FileSystem = "model",
            Scenario = scenario,
            SizeBefore = request.FileSize,
            Returned = run.Returned,
            DeviceFailed = failedBlocks.Count > 0,
            Cut = g.Cut < g.End,
            SizeAfter = size,
            AllocatedBytes = RoundUp(request.FileSize, request.BlockSize) + Math.Max(0, run.Outcome.KeptEnd - g.FirstNewBlock),
            BlockSize = request.BlockSize,
            FSync = 0,
            Completions = [.. run.Schedule.Arrival.Select(k => run.Layout.Starts[k])],
            Readback = readback,
            OnDevice = onDevice,
        };
    }

    private static SectorContent ReadBack(long x, SectorMap map, long oldSize, long size)
    {
        if (x >= size) return SectorContent.PastEof;
        return StateAt(x, map, oldSize) switch
        {
            SectorState.Durable => SectorContent.New,
            SectorState.OldData => SectorContent.Old,
            SectorState.Failed or SectorState.NotSubmitted when x < oldSize => SectorContent.Old,
            SectorState.Failed => SectorContent.Stale,
            _ => SectorContent.Zero,
        };
    }

    private static SectorState StateAt(long x, SectorMap map, long oldSize)
    {
        if (x < map.Start || x >= map.End) return x < oldSize ? SectorState.OldData : SectorState.Hole;
        return map.Sectors.First(span => x >= span.Start && x < span.End).State;
    }

    private static long RoundUp(long x, long unit) => ConcreteAlgebra.Instance.RoundUp(x, unit);
}
