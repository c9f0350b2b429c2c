using DioVerify.Audit.Recording;
using DioVerify.Audit.Traces;
using DioVerify.Linux;
using DioVerify.Linux.Fuse;
using DioVerify.Linux.Io;
using DioVerify.Linux.Tracing;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// Runs the scenarios on real filesystems: for each (filesystem, scenario, sector size, I/O path) a fresh dirty
/// image served by our FUSE server, a loop device on it, mkfs, a private mount, the scenario's starting file,
/// one O_DIRECT write of stamped sectors,
/// then the read-back and a scan of the device, handed to <see cref="KernelJudge"/>. Everything acquired
/// is released in reverse order on success, failure and cancellation.
/// </summary>
public sealed class KernelAudit(Action<string> progress, string? traces = null)
{
    private const long OldGeneration = 1;
    private const long NewGeneration = 2;
    private const int Sector = SectorStamp.SectorSize;
    private const int ReadPiece = 1024 * 1024;
    private const int Piece = 1024 * 1024;

    /// <summary>The prefix of every directory the audit creates under the temporary directory.</summary>
    public const string WorkDirectoryPrefix = "dioverify-kernel-";

    public static string KernelRelease() => File.ReadAllText("/proc/sys/kernel/osrelease").Trim();

    public KernelReport Run(IReadOnlyList<KernelScenario> scenarios, KernelSelection selection, CancellationToken cancellation)
    {
        var results = new List<KernelJudgement>();
        var skipped = new List<KernelSkip>();
        var unavailable = new Dictionary<string, string?>();
        foreach (var (fs, scenario) in Plan(scenarios, selection))
        {
            if (!unavailable.TryGetValue(fs.Name, out var reason)) unavailable[fs.Name] = reason = fs.Unavailable();
            if (reason is not null)
            {
                if (!skipped.Any(s => s.What == $"fs {fs.Name}")) skipped.Add(new KernelSkip($"fs {fs.Name}", reason));
                continue;
            }

            foreach (var sectorSize in selection.SectorSizes ?? scenario.SectorSizes)
            {
                foreach (var path in selection.Paths ?? [scenario.Path])
                {
                    cancellation.ThrowIfCancellationRequested();
                    var what = $"{fs.Name}: {scenario.Name} ({path.Format()}, {sectorSize}-byte sectors)";
                    progress(what);
                    var trace = traces is null ? null : Path.Combine(traces, $"{fs.Name}-{scenario.Name}{(sectorSize == 512 ? "" : $"-{sectorSize}")}{(path == IoPath.Pwrite ? "" : $"-{path.Format()}")}.jsonl");
                    var judgement = KernelJudge.Judge(Observe(fs, scenario, path, sectorSize, what, trace, cancellation));
                    results.Add(trace is null ? judgement : judgement with { Trace = CompareWithTrace(trace, judgement) });
                }
            }
        }

        return new KernelReport(KernelRelease(), results) { Skipped = skipped };
    }

    /// <summary>Every (filesystem, scenario) to run, filesystems in the built-in order then a scenario's own variants.</summary>
    private static IEnumerable<(KernelFileSystem Fs, KernelScenario Scenario)> Plan(IReadOnlyList<KernelScenario> scenarios, KernelSelection selection)
    {
        var order = KernelFileSystem.All.Select(f => f.Name).ToList();
        var pairs = scenarios.SelectMany(s => s.FileSystems.Where(f => selection.FileSystems?.Contains(f.Name) != false).Select(f => (Fs: f, Scenario: s)));
        return pairs.OrderBy(p => order.IndexOf(p.Fs.Name) is var i && i >= 0 ? i : order.Count).ThenBy(p => p.Fs.Name, StringComparer.Ordinal);
    }

    /// <summary>Audits the recorded trace and sets it beside the kernel judge's verdicts.</summary>
    private static TraceAgreement CompareWithTrace(string trace, KernelJudgement judgement)
    {
        var collected = new CollectingAuditReport();
        if (new FileInfo(trace).Length == 0) return TraceAgreement.Compare(trace, [], judgement);
        using (var source = JsonlTraceSource.Open(trace, TraceLimits.Default)) TraceAudit.Run(source, collected);
        return TraceAgreement.Compare(trace, collected.Writes, judgement);
    }

    private KernelObservation Observe(KernelFileSystem fs, KernelScenario scenario, IoPath ioPath, int sectorSize, string what, string? trace, CancellationToken cancellation)
    {
        var run = Guid.NewGuid();
        using var teardown = new Teardown();
        var work = WorkDirectory.Create(WorkDirectoryPrefix);
        teardown.Add($"remove {work}", () => Directory.Delete(work, recursive: true));
        var deviceDirectory = Directory.CreateDirectory(Path.Combine(work, "device")).FullName;
        var mountPoint = Directory.CreateDirectory(Path.Combine(work, "mnt")).FullName;

        var image = new SparseImage(fs.ImageBytes, DirtyDisk.Fill);
        var injector = new StampFaultInjector(run, NewGeneration, scenario.FailedFileBlocks, scenario.DelayedFileBlocks, scenario.Delay, scenario.TornFileBlocks);
        var server = teardown.Add("unmount the FUSE device", FuseServer.Mount(deviceDirectory, "device.img", image, injector, scenario.AsyncDevice));
        var loop = teardown.Add("detach the loop device", LoopDevice.Attach(server.FilePath, cancellation, sectorSize));
        loop.LimitRequestBytes(FuseServer.MaxWrite);
        HostTool.Run(fs.MkfsProgram, [.. fs.MkfsOptions, loop.Path], cancellation);
        teardown.Add($"unmount {fs.Name}", Mount.Attach(loop.Path, fs.Type, mountPoint, cancellation, fs.MountOptions));
        progress($"{what}: mounted {loop.Path} at {mountPoint}");
        cancellation.ThrowIfCancellationRequested();

        // ext2 may be served by ext4's driver (CONFIG_EXT4_USE_FOR_EXT2), which then lists the device under /proc/fs/ext4.
        var driver = fs.Type is "ext2" or "ext3" && Directory.Exists($"/proc/fs/ext4/{Path.GetFileName(loop.Path)}") ? "ext4" : fs.Type;
        var rule = fs.Rule == KernelRules.LegacyDirectIo && driver == "ext4" ? KernelRules.IomapExt4 : fs.Rule;

        var path = Path.Combine(mountPoint, "audited");
        using var file = DirectFile.Open(path, create: true);
        SetUp(file, path, run, scenario.File with { Nocow = scenario.File.Nocow || fs.Nocow }, cancellation);
        if (scenario.FreeBytesLeft is { } left) FillUpTo(mountPoint, left);
        var before = file.Status();
        var cut = scenario.Length > SpaceStatus.Of(mountPoint).AvailableBytes;
        cancellation.ThrowIfCancellationRequested();

        using var writer = scenario.DSync ? DirectFile.Open(path, create: false, dsync: true) : null;
        var target = writer ?? file;
        using var data = new AlignedBuffer(scenario.Length);
        Stamp(data, run, scenario.Offset, NewGeneration);
        long returned;
        if (trace is null)
        {
            injector.Arm();
            returned = DirectWrites.Write(target, data, scenario.Length, scenario.Offset, ioPath);
            injector.Disarm();
        }
        else
        {
            // The same write, recorded from the kernel's tracepoints on the loop device (this process only).
            returned = 0;
            using var output = new FileStream(trace, FileMode.Create, FileAccess.Write);
            var summary = new TraceRecorder(note => progress($"{what}: record: {note}")).Record(
                () =>
                {
                    injector.Arm();
                    returned = DirectWrites.Write(target, data, scenario.Length, scenario.Offset, ioPath);
                    injector.Disarm();
                    return [Environment.ProcessId];
                },
                DeviceNumber.OfBlockDevice(loop.Path), 8192, output, cancellation);
            foreach (var line in summary.Lines()) progress($"{what}: record: {line}");
        }
        var fsync = file.FSync();
        var after = file.Status();

        return new KernelObservation
        {
            FileSystem = fs.Name,
            Scenario = scenario,
            Path = ioPath,
            SectorSize = sectorSize,
            Driver = driver,
            RuleName = rule,
            SizeBefore = before.Size,
            Returned = returned,
            // With several WRITEs in flight, FUSE reports a short answer to the loop driver as EIO: the device failed it.
            DeviceFailed = injector.Fired > 0 || (scenario.AsyncDevice && injector.Tore > 0),
            Cut = cut,
            SizeAfter = after.Size,
            AllocatedBytes = after.AllocatedBytes,
            BlockSize = SpaceStatus.Of(mountPoint).BlockSize,
            FSync = fsync,
            Completions = injector.Completions,
            DeviceWrites = injector.Writes,
            Extents = ReadExtents(path),
            Readback = ReadBack(file, run, after.Size, scenario.Offset + scenario.Length),
            OnDevice = ScanDevice(image, run, scenario),
        };
    }

    /// <summary>The file's extent map, or null when the filesystem cannot give one (the judge then falls back to st_blocks).</summary>
    private static IReadOnlyList<FileExtent>? ReadExtents(string path)
    {
        try
        {
            return Fiemap.Read(path);
        }
        catch (HostException)
        {
            return null;
        }
    }

    /// <summary>
    /// Builds the file the scenario starts from: NOCOW first (btrfs honours it only on an empty file), the old
    /// data (stamped as the old generation), preallocated ranges, the size, then the holes; all of it durable.
    /// </summary>
    private static void SetUp(DirectFile file, string path, Guid run, FileSetup setup, CancellationToken cancellation)
    {
        static string N(long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (setup.Nocow) HostTool.Run("chattr", ["+C", path], cancellation);
        foreach (var range in setup.Data) WriteExisting(file, run, range);
        foreach (var range in setup.Preallocated) HostTool.Run("fallocate", ["-o", N(range.Offset), "-l", N(range.Length), path], cancellation);
        if (setup.Size is { } size) HostTool.Run("truncate", ["-s", N(size), path], cancellation);
        foreach (var range in setup.Holes) HostTool.Run("fallocate", ["--punch-hole", "-o", N(range.Offset), "-l", N(range.Length), path], cancellation);
        if (file.FSync() != 0) throw new HostException($"fsync of the starting file {path} failed");
    }

    /// <summary>The file's old contents over <paramref name="range"/>: generation 1, durable before the audited write.</summary>
    private static void WriteExisting(DirectFile file, Guid run, FileRange range)
    {
        using var old = new AlignedBuffer(range.Length);
        Stamp(old, run, range.Offset, OldGeneration);
        var written = file.PWrite(old, range.Length, range.Offset);
        if (written != range.Length || file.FSync() != 0) throw new HostException($"writing the starting file's {range.Length} bytes at {range.Offset} returned {written}");
    }

    /// <summary>Allocates a ballast file until only about <paramref name="left"/> bytes stay free, so the audited write runs out of space.</summary>
    private static void FillUpTo(string mountPoint, long left)
    {
        var path = Path.Combine(mountPoint, "ballast");
        using var ballast = DirectFile.Open(path, create: true);
        var size = (SpaceStatus.Of(mountPoint).AvailableBytes - left) / Piece * Piece;

        // Metadata for the ballast itself costs a little: shrink until the allocation fits.
        try
        {
            while (size > 0 && !ballast.Allocate(size)) size -= Piece;
        }
        catch (HostException)
        {
            // No fallocate (block-mapped ext2/ext4 files): write the ballast instead, a MiB at a time, until it is as big or the space runs out.
            using var zeros = new AlignedBuffer(Piece);
            for (long at = 0; at < size; at += Piece)
            {
                if (ballast.PWrite(zeros, Piece, at) != Piece) break;
            }
        }

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

    /// <summary>
    /// Every sector of the file from 0 to the end of the file or of the write, read back with O_DIRECT and classified.
    /// A piece that fails to read is read again a block at a time, so only the blocks that fail are unreadable.
    /// </summary>
    private static IReadOnlyList<SectorContent> ReadBack(DirectFile file, Guid run, long size, long writeEnd)
    {
        var readable = (size + Sector - 1) / Sector;
        var sectors = new SectorContent[Math.Max(readable, (writeEnd + Sector - 1) / Sector)];
        Array.Fill(sectors, SectorContent.PastEof);
        using var buffer = new AlignedBuffer(ReadPiece);
        for (long at = 0; at < readable * Sector; at += ReadPiece)
        {
            var read = TryRead(file, buffer, ReadPiece, at);
            if (read < 0)
            {
                for (long block = at; block < Math.Min(at + ReadPiece, readable * Sector); block += KernelScenario.FileBlockSize)
                {
                    var got = TryRead(file, buffer, KernelScenario.FileBlockSize, block);
                    for (var i = 0; i < KernelScenario.FileBlockSize && block + i < readable * Sector; i += Sector)
                    {
                        sectors[(block + i) / Sector] = i + Sector <= got
                            ? SectorStamp.Classify(buffer.Slice(i, Sector), run, block + i, NewGeneration, OldGeneration)
                            : SectorContent.Unreadable;
                    }
                }

                continue;
            }

            for (var i = 0; i + Sector <= read; i += Sector)
            {
                sectors[(at + i) / Sector] = SectorStamp.Classify(buffer.Slice(i, Sector), run, at + i, NewGeneration, OldGeneration);
            }

            if (read < ReadPiece) break;
        }

        return sectors;
    }

    /// <summary>An O_DIRECT read of <c>[offset, offset + length)</c>: the bytes read, or -1 when the read fails (EIO).</summary>
    private static long TryRead(DirectFile file, AlignedBuffer buffer, long length, long offset)
    {
        try
        {
            return file.PRead(buffer, length, offset);
        }
        catch (HostException)
        {
            return -1;
        }
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
