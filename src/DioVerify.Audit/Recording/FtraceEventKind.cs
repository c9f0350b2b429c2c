namespace DioVerify.Audit.Recording;

/// <summary>The tracefs events a recording reads (see <see cref="FtraceLineParser"/> for their text forms).</summary>
public enum FtraceEventKind : byte
{
    /// <summary>A line that is not one of the events below (a header, another event): ignored.</summary>
    Other,

    /// <summary><c>iomap:iomap_dio_rw_begin</c>: a direct I/O starts (file, offset, length, size before).</summary>
    DioBegin,

    /// <summary><c>iomap:iomap_dio_rw_queued</c>: an async direct I/O was queued; it completes later, elsewhere.</summary>
    DioQueued,

    /// <summary><c>iomap:iomap_dio_complete</c>: a direct I/O ends with its result and the size after it.</summary>
    DioComplete,

    /// <summary><c>iomap:iomap_iter_dstmap</c>: the filesystem maps file bytes to device bytes for the I/O under way.</summary>
    Mapping,

    /// <summary><c>block:block_bio_queue</c>: a BIO enters the block layer (device sectors).</summary>
    BioQueue,

    /// <summary><c>block:block_split</c>: a BIO is split at a sector; the front part becomes a BIO of its own.</summary>
    BioSplit,

    /// <summary><c>block:block_rq_complete</c> or <c>block:block_bio_complete</c>: sectors completed, with an error or 0.</summary>
    Completion,

    /// <summary><c>sched:sched_process_fork</c>: a process or thread was created.</summary>
    Fork,

    /// <summary>A <c>syscalls:sys_enter_*</c> event.</summary>
    SyscallEnter,

    /// <summary>A <c>syscalls:sys_exit_*</c> event with its return value.</summary>
    SyscallExit,

    /// <summary>The ring buffer's own note that it lost events (<c>CPU:N [LOST M EVENTS]</c>).</summary>
    Lost,
}
