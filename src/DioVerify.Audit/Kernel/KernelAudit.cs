using DioVerify.Audit.Recording;
using DioVerify.Audit.Traces;
using DioVerify.Linux;
using DioVerify.Linux.Fuse;
using DioVerify.Linux.Tracing;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// Runs the scenarios on real filesystems: for each (filesystem, scenario) a fresh dirty image served by
/// our FUSE server, a loop device on it, mkfs, a private mount, one O_DIRECT pwrite of stamped sectors,
/// then the read-back and a scan of the device, handed to <see cref="KernelJudge"/>. Everything acquired
/// is released in reverse order on success, failure and cancellation.
/// </summary>
public sealed class KernelAudit(Action<string> progress, string? traces = null)
{
    private const long OldGeneration = 1;
    private const long NewGeneration = 2;
    private const int Sector = SectorStamp.SectorSize;
    private const int ReadPiece = 1024 * 1024;

    /// <summary>The prefix of every directory the audit creates under the temporary directory.</summary>
    public const string WorkDirectoryPrefix = "dioverify-kernel-";

    public static string KernelRelease() => File.ReadAllText("/proc/sys/kernel/osrelease").Trim();

    public KernelReport Run(IReadOnlyList<KernelFileSystem> fileSystems, IReadOnlyList<KernelScenario> scenarios, CancellationToken cancellation)
    {
        var results = new List<KernelJudgement>();
        foreach (var fs in fileSystems)
        {
            foreach (var scenario in scenarios)
            {
                cancellation.ThrowIfCancellationRequested();
                progress($"{fs.Name}: {scenario.Name}");
                var trace = traces is null ? null : Path.Combine(traces, $"{fs.Name}-{scenario.Name}.jsonl");
                var judgement = KernelJudge.Judge(Observe(fs, scenario, trace, cancellation));
                results.Add(trace is null ? judgement : judgement with { Trace = CompareWithTrace(trace, judgement) });
            }
        }

        return new KernelReport(KernelRelease(), results);
    }

    /// <summary>Audits the recorded trace and sets it beside the kernel judge's verdicts.</summary>
    private static TraceAgreement CompareWithTrace(string trace, KernelJudgement judgement)
    {
        var collected = new CollectingAuditReport();
        if (new FileInfo(trace).Length == 0) return TraceAgreement.Compare(trace, [], judgement);
        using (var source = JsonlTraceSource.Open(trace, TraceLimits.Default)) TraceAudit.Run(source, collected);
        return TraceAgreement.Compare(trace, collected.Writes, judgement);
    }

    private KernelObservation Observe(KernelFileSystem fs, KernelScenario scenario, string? trace, CancellationToken cancellation)
    {
        var run = Guid.NewGuid();
        using var teardown = new Teardown();
        var work = WorkDirectory.Create(WorkDirectoryPrefix);
        teardown.Add($"remove {work}", () => Directory.Delete(work, recursive: true));
        var deviceDirectory = Directory.CreateDirectory(Path.Combine(work, "device")).FullName;
        var mountPoint = Directory.CreateDirectory(Path.Combine(work, "mnt")).FullName;

        var image = new SparseImage(fs.ImageBytes, DirtyDisk.Fill);
        var injector = new StampFaultInjector(run, NewGeneration, scenario.FailedFileBlocks, scenario.DelayedFileBlocks, KernelScenario.Delay);
        var server = teardown.Add("unmount the FUSE device", FuseServer.Mount(deviceDirectory, "device.img", image, injector));
        var loop = teardown.Add("detach the loop device", LoopDevice.Attach(server.FilePath, cancellation));
        loop.LimitRequestBytes(FuseServer.MaxWrite);
        HostTool.Run(fs.MkfsProgram, [.. fs.MkfsOptions, loop.Path], cancellation);
        teardown.Add($"unmount {fs.Name}", Mount.Attach(loop.Path, fs.Name, mountPoint, cancellation));
        progress($"{fs.Name}: {scenario.Name}: mounted {loop.Path} at {mountPoint}");
        cancellation.ThrowIfCancellationRequested();

        var path = Path.Combine(mountPoint, "audited");
        using var file = DirectFile.Open(path, create: true);
        if (scenario.ExistingBytes > 0) WriteExisting(file, run, scenario.ExistingBytes);
        if (scenario.FreeBytesLeft is { } left) FillUpTo(mountPoint, left);
        var before = file.Status();
        var cut = scenario.Length > SpaceStatus.Of(mountPoint).AvailableBytes;
        cancellation.ThrowIfCancellationRequested();

        using var data = new AlignedBuffer(scenario.Length);
        Stamp(data, run, scenario.Offset, NewGeneration);
        long returned;
        if (trace is null)
        {
            injector.Arm();
            returned = file.PWrite(data, scenario.Length, scenario.Offset);
            injector.Disarm();
        }
        else
        {
            // The same pwrite, recorded from the kernel's tracepoints on the loop device (this process only).
            returned = 0;
            using var output = new FileStream(trace, FileMode.Create, FileAccess.Write);
            var summary = new TraceRecorder(note => progress($"{fs.Name}: {scenario.Name}: record: {note}")).Record(
                () =>
                {
                    injector.Arm();
                    returned = file.PWrite(data, scenario.Length, scenario.Offset);
                    injector.Disarm();
                    return [Environment.ProcessId];
                },
                DeviceNumber.OfBlockDevice(loop.Path), 8192, output, cancellation);
            foreach (var line in summary.Lines()) progress($"{fs.Name}: {scenario.Name}: record: {line}");
        }
        var fsync = file.FSync();
        var after = file.Status();

        return new KernelObservation
        {
            FileSystem = fs.Name,
            Scenario = scenario,
            SizeBefore = before.Size,
            Returned = returned,
            DeviceFailed = injector.Fired > 0,
            Cut = cut,
            SizeAfter = after.Size,
            AllocatedBytes = after.AllocatedBytes,
            BlockSize = SpaceStatus.Of(mountPoint).BlockSize,
            FSync = fsync,
            Completions = injector.Completions,
            Readback = ReadBack(file, run, after.Size, scenario.Offset + scenario.Length),
            OnDevice = ScanDevice(image, run, scenario),
        };
    }

    /// <summary>The file's old contents: generation 1 over <c>[0, length)</c>, durable before the audited write.</summary>
    private static void WriteExisting(DirectFile file, Guid run, long length)
    {
        using var old = new AlignedBuffer(length);
        Stamp(old, run, 0, OldGeneration);
        var written = file.PWrite(old, length, 0);
        if (written != length || file.FSync() != 0) throw new HostException($"writing the {length}-byte starting file returned {written}");
    }

    /// <summary>Allocates a ballast file until only about <paramref name="left"/> bytes stay free, so the audited write runs out of space.</summary>
    private static void FillUpTo(string mountPoint, long left)
    {
        using var ballast = DirectFile.Open(Path.Combine(mountPoint, "ballast"), create: true);
        var size = (SpaceStatus.Of(mountPoint).AvailableBytes - left) / (1024 * 1024) * (1024 * 1024);

        // Metadata for the ballast itself costs a little: shrink until the allocation fits.
        while (size > 0 && !ballast.Allocate(size)) size -= 1024 * 1024;
        ballast.FSync();
    }

    private static void Stamp(AlignedBuffer buffer, Guid run, long fileOffset, long generation)
    {
        for (long at = 0; at < buffer.Length; at += ReadPiece)
        {
            var count = (int)Math.Min(ReadPiece, buffer.Length - at);
            SectorStamp.Fill(buffer.Slice(at, count), run, fileOffset + at, generation);
        }
    }

    /// <summary>Every sector of the file from 0 to the end of the file or of the write, read back with O_DIRECT and classified.</summary>
    private static IReadOnlyList<SectorContent> ReadBack(DirectFile file, Guid run, long size, long writeEnd)
    {
        var readable = (size + Sector - 1) / Sector;
        var sectors = new SectorContent[Math.Max(readable, (writeEnd + Sector - 1) / Sector)];
        Array.Fill(sectors, SectorContent.PastEof);
        using var buffer = new AlignedBuffer(ReadPiece);
        for (long at = 0; at < readable * Sector; at += ReadPiece)
        {
            var read = file.PRead(buffer, ReadPiece, at);
            for (var i = 0; i + Sector <= read; i += Sector)
            {
                sectors[(at + i) / Sector] = SectorStamp.Classify(buffer.Slice(i, Sector), run, at + i, NewGeneration, OldGeneration);
            }

            if (read < ReadPiece) break;
        }

        return sectors;
    }

    /// <summary>Which sectors of the write the device holds: the stamp of this run's new generation at that file offset, anywhere in the image.</summary>
    private static IReadOnlyList<bool> ScanDevice(SparseImage image, Guid run, KernelScenario scenario)
    {
        var onDevice = new bool[scenario.Length / Sector];
        image.VisitWritten((offset, bytes) =>
        {
            foreach (var fileOffset in SectorStamp.FileOffsetsIn(offset, bytes, run, NewGeneration))
            {
                if (fileOffset >= scenario.Offset && fileOffset < scenario.Offset + scenario.Length) onDevice[(fileOffset - scenario.Offset) / Sector] = true;
            }
        });
        return onDevice;
    }
}
