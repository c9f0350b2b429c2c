using DioVerify.Linux;
using DioVerify.Linux.Tracing;

namespace DioVerify.Audit.Recording;

/// <summary>
/// Records the direct writes of a process tree from the kernel's tracepoints into a trace: a private
/// tracefs instance collects iomap, block, sched and syscall events while <c>run</c> runs; afterwards the
/// events are assembled (<see cref="RecordingAssembler"/>), each written file is found and its extent map
/// read (FIEMAP), and the writes are written (<see cref="RecordingWriter"/>). tracefs is left as found: the
/// instance is removed, and tracefs unmounted again if it had to be mounted, on every path out.
/// </summary>
public sealed class TraceRecorder(Action<string> note)
{
    /// <summary>Events without which nothing can be recorded.</summary>
    public static readonly IReadOnlyList<string> RequiredEvents =
        ["iomap/iomap_dio_rw_begin", "iomap/iomap_dio_complete", "block/block_bio_queue", "block/block_rq_complete"];

    /// <summary>Events used when this kernel has them: async queueing, the write's own extent mappings, splits, bio-level completions, forks, syscall returns.</summary>
    public static readonly IReadOnlyList<string> OptionalEvents =
    [
        "iomap/iomap_dio_rw_queued", "iomap/iomap_iter_dstmap", "block/block_split", "block/block_bio_complete", "sched/sched_process_fork",
        "syscalls/sys_enter_io_submit", "syscalls/sys_exit_io_submit",
        .. RecordingAssembler.WriteSyscallNames.Select(name => $"syscalls/sys_exit_{name}"),
    ];

    /// <summary>
    /// Records while <paramref name="run"/> runs; it is handed the instance's start and returns the root
    /// process ids whose trees to keep. Throws <see cref="HostException"/> when tracefs or an event is missing.
    /// </summary>
    public RecordingSummary Record(Func<IReadOnlyList<int>> run, DeviceNumber? device, int bufferKb, Stream output, CancellationToken cancellation)
    {
        var raw = System.IO.Path.GetTempFileName();
        try
        {
            IReadOnlyList<int> roots;
            long lost;
            using (var traceFs = TraceFs.Open())
            {
                if (traceFs.MountedHere) note($"mounted tracefs on {traceFs.Root} (unmounted again when done)");
                using var instance = TraceInstance.Create(traceFs.Root, bufferKb);
                var missing = RequiredEvents.Where(e => !instance.Has(e)).ToList();
                if (missing.Count > 0) throw new HostException($"this kernel lacks the trace event(s) {string.Join(", ", missing)}");
                Enable(instance, device);
                using var sink = new FileStream(raw, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
                using var stop = new ManualResetEventSlim();
                Exception? drainFailure = null;
                var drainer = new Thread(() =>
                {
                    try
                    {
                        // Drained often so a small buffer holds only the events of a few milliseconds.
                        while (!stop.Wait(10)) instance.Drain(sink);
                    }
                    catch (Exception e) when (e is HostException or IOException)
                    {
                        drainFailure = e;
                    }
                })
                { IsBackground = true, Name = "trace drain" };
                instance.Switch(on: true);
                drainer.Start();
                try
                {
                    roots = run();
                }
                finally
                {
                    instance.Switch(on: false);
                    stop.Set();
                    drainer.Join();
                }
                if (drainFailure is not null) throw drainFailure;
                instance.Drain(sink);
                lost = instance.LostEvents();
            }

            cancellation.ThrowIfCancellationRequested();
            var assembler = new RecordingAssembler(roots, device?.Kernel);
            foreach (var line in File.ReadLines(raw)) assembler.Add(FtraceLineParser.Parse(line));
            var files = new FileFinder(assembler.Dios);
            return RecordingWriter.Write(assembler.Dios, files.Find, lost + assembler.LostEvents, assembler.StrayBios, output);
        }
        finally
        {
            File.Delete(raw);
        }
    }

    private static void Enable(TraceInstance instance, DeviceNumber? device)
    {
        var devFilter = device is { } d ? $"dev == {d.Kernel}" : null;
        foreach (var e in RequiredEvents.Concat(OptionalEvents))
        {
            if (!instance.Has(e)) continue;
            var filter = e.StartsWith("iomap/", StringComparison.Ordinal) || e.StartsWith("block/", StringComparison.Ordinal) ? devFilter
                // Every process's write syscalls would flood the buffer; a direct write returns a multiple of 512 or an error.
                : e.StartsWith("syscalls/sys_exit_", StringComparison.Ordinal) && e != "syscalls/sys_exit_io_submit" ? "ret >= 512 || ret < 0"
                : null;
            instance.Enable(e, filter);
        }
    }

    /// <summary>Finds each written file once: its path by walking its filesystem, then its extent map.</summary>
    private sealed class FileFinder(IReadOnlyList<RecordedDio> dios)
    {
        private readonly Dictionary<(uint, long), RecordedFile?> _files = [];
        private readonly Dictionary<uint, IReadOnlyDictionary<long, string>> _paths = [];

        public RecordedFile? Find(uint dev, long inode)
        {
            if (_files.TryGetValue((dev, inode), out var known)) return known;
            if (!_paths.TryGetValue(dev, out var paths))
            {
                var inodes = dios.Where(d => d.Dev == dev && d.IsWrite).Select(d => d.Inode).Distinct().ToList();
                paths = InodePaths.Find(DeviceNumber.FromKernel(dev), inodes);
                _paths[dev] = paths;
            }
            RecordedFile? file = null;
            if (paths.TryGetValue(inode, out var path))
            {
                try
                {
                    file = new RecordedFile(path, Fiemap.Read(path));
                }
                catch (HostException)
                {
                    // No FIEMAP (tmpfs, some FUSE filesystems) or the file went away: its writes cannot be mapped.
                }
            }
            _files[(dev, inode)] = file;
            return file;
        }
    }
}
