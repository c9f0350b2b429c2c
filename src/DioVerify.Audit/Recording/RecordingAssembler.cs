namespace DioVerify.Audit.Recording;

/// <summary>
/// Turns the ordered events of a recording into direct I/Os with their BIOs and completions. Pure: events
/// in, <see cref="RecordedDio"/>s and counts out.
/// </summary>
/// <remarks>
/// A synchronous direct write runs in its thread from <c>iomap_dio_rw_begin</c> to <c>iomap_dio_complete</c>,
/// and every BIO that thread queues in between is the write's (ext4's metadata reads also happen there; they
/// read, so they are told apart by <c>rwbs</c>). The write syscall's exit on the same thread then carries
/// what the program was told. An asynchronous one stops at <c>iomap_dio_rw_queued</c> and is completed later
/// in another context, found again by device, inode and position. Completions run wherever the interrupt
/// lands, so they are matched by device sectors, never by thread.
/// </remarks>
public sealed class RecordingAssembler
{
    private static readonly HashSet<string> WriteSyscalls = ["write", "pwrite64", "writev", "pwritev", "pwritev2"];

    /// <summary>The syscalls whose exit gives a synchronous direct write's return to the program.</summary>
    public static IReadOnlyCollection<string> WriteSyscallNames => WriteSyscalls;

    private readonly HashSet<int> _tree;
    private readonly uint? _device;
    private readonly Dictionary<int, RecordedDio> _open = [];
    private readonly HashSet<int> _inIoSubmit = [];
    private readonly List<RecordedDio> _queued = [];
    private readonly List<RecordedBio> _inFlight = [];
    private readonly List<RecordedDio> _dios = [];
    private long _order;

    /// <summary>Assembles the I/O of <paramref name="roots"/> and their descendants, on <paramref name="device"/> when given.</summary>
    public RecordingAssembler(IEnumerable<int> roots, uint? device = null)
    {
        _tree = [.. roots];
        _device = device;
    }

    /// <summary>Every direct I/O seen, in the order it began.</summary>
    public IReadOnlyList<RecordedDio> Dios => _dios;

    /// <summary>Write BIOs of the traced processes that belong to no direct I/O (metadata, buffered writeback they issued).</summary>
    public long StrayBios { get; private set; }

    /// <summary>Events the ring buffer reported lost inside the stream.</summary>
    public long LostEvents { get; private set; }

    public void Add(in FtraceEvent ev)
    {
        switch (ev.Kind)
        {
            case FtraceEventKind.Fork:
                if (Ours(in ev)) _tree.Add(ev.Child);
                break;
            case FtraceEventKind.Lost:
                LostEvents += ev.Length;
                break;
            case FtraceEventKind.DioBegin when Ours(in ev) && OnDevice(ev.Dev):
                Begin(in ev);
                break;
            case FtraceEventKind.Mapping when Ours(in ev) && ev.Mapped && _open.TryGetValue(ev.Pid, out var mapping)
                && mapping.IomapResult is null && mapping.Dev == ev.Dev && mapping.Inode == ev.Inode:
                mapping.Mappings.Add(new DioVerify.Linux.FileExtent(ev.Offset, ev.Address, ev.Length, 0));
                break;
            case FtraceEventKind.BioQueue when Ours(in ev) && OnDevice(ev.Dev):
                Queue(in ev);
                break;
            case FtraceEventKind.BioSplit when Ours(in ev):
                Split(in ev);
                break;
            case FtraceEventKind.Completion:
                Complete(in ev);
                break;
            case FtraceEventKind.DioQueued when _open.TryGetValue(ev.Pid, out var dio):
                _open.Remove(ev.Pid);
                _queued.Add(dio);
                break;
            case FtraceEventKind.DioComplete:
                DioComplete(in ev);
                break;
            case FtraceEventKind.SyscallEnter when ev.Syscall == "io_submit" && Ours(in ev):
                _inIoSubmit.Add(ev.Pid);
                break;
            case FtraceEventKind.SyscallExit:
                SyscallExit(in ev);
                break;
        }
    }

    private bool Ours(in FtraceEvent ev) => _tree.Contains(ev.Pid) || (ev.Tgid != 0 && _tree.Contains(ev.Tgid));

    private bool OnDevice(uint dev) => _device is not { } d || d == dev;

    private void Begin(in FtraceEvent ev)
    {
        var dio = new RecordedDio
        {
            Index = _dios.Count,
            Pid = ev.Pid,
            Dev = ev.Dev,
            Inode = ev.Inode,
            Offset = ev.Offset,
            Length = ev.Length,
            SizeBefore = ev.Size,
            Path = !ev.Async ? null : _inIoSubmit.Contains(ev.Pid) ? "libaio" : "io_uring",
            KiocbWrite = ev.KiocbWrite,
        };
        _dios.Add(dio);
        _open[ev.Pid] = dio;
    }

    private void Queue(in FtraceEvent ev)
    {
        if (!_open.TryGetValue(ev.Pid, out var dio) || dio.IomapResult is not null || dio.Dev != ev.Dev)
        {
            if (ev.Write) StrayBios++;
            return;
        }
        if (!ev.Write)
        {
            // ext4 reads its bitmaps while allocating for the write; an O_DIRECT read reads its own BIOs.
            return;
        }
        if (ev.Sectors <= 0) return;
        var bio = new RecordedBio(dio, ev.Dev, ev.Sector, ev.Sectors);
        dio.Bios.Add(bio);
        _inFlight.Add(bio);
    }

    private void Split(in FtraceEvent ev)
    {
        if (!_open.TryGetValue(ev.Pid, out var dio)) return;
        for (var i = 0; i < dio.Bios.Count; i++)
        {
            var bio = dio.Bios[i];
            if (bio.Dev != ev.Dev || bio.Sector != ev.Sector || ev.Sectors <= bio.Sector || ev.Sectors >= bio.End || bio.CompletedAt >= 0) continue;
            var tail = bio.SplitAt(ev.Sectors);
            dio.Bios.Insert(i + 1, tail);
            _inFlight.Add(tail);
            return;
        }
    }

    private void Complete(in FtraceEvent ev)
    {
        if (ev.Sectors <= 0) return;
        for (var i = 0; i < _inFlight.Count; i++)
        {
            var bio = _inFlight[i];
            if (bio.Dev != ev.Dev || bio.End <= ev.Sector || bio.Sector >= ev.Sector + ev.Sectors) continue;
            if (!bio.Cover(ev.Sector, ev.Sectors, ev.Result != 0, _order)) continue;
            _order++;
            bio.Dio.Completions.Add(bio);
            _inFlight.RemoveAt(i--);
        }
    }

    private void DioComplete(in FtraceEvent ev)
    {
        // Synchronous (or an async one the filesystem made wait): completes in the thread that began it.
        if (_open.TryGetValue(ev.Pid, out var dio) && dio.IomapResult is null && dio.Dev == ev.Dev && dio.Inode == ev.Inode)
        {
            Finish(dio, in ev);
            if (dio.Path is not null) _open.Remove(ev.Pid);
            return;
        }
        if (!ev.Async) return;

        // Queued: the position after it is where it started plus what it wrote (an error leaves it where it started).
        for (var i = 0; i < _queued.Count; i++)
        {
            var q = _queued[i];
            if (q.Dev != ev.Dev || q.Inode != ev.Inode) continue;
            if (ev.Offset != q.Offset + Math.Max(0, ev.Result) && ev.Offset != q.Offset) continue;
            Finish(q, in ev);
            _queued.RemoveAt(i);
            return;
        }
    }

    private void Finish(RecordedDio dio, in FtraceEvent ev)
    {
        dio.IomapResult = ev.Result;
        dio.SizeAfter = ev.Size;
        dio.ReturnedAt = _order++;
    }

    private void SyscallExit(in FtraceEvent ev)
    {
        if (ev.Syscall == "io_submit") _inIoSubmit.Remove(ev.Pid);
        if (!_open.TryGetValue(ev.Pid, out var dio)) return;
        _open.Remove(ev.Pid);
        if (dio.Path is not null || dio.IomapResult is null || ev.Syscall is not { } name || !WriteSyscalls.Contains(name)) return;
        dio.WriteSyscall = true;
        dio.SyscallResult = ev.Result;
    }
}
