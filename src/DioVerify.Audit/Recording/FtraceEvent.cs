namespace DioVerify.Audit.Recording;

/// <summary>One event of a tracefs text trace, with the fields a recording uses; which are set depends on <see cref="Kind"/>.</summary>
public readonly record struct FtraceEvent
{
    public FtraceEventKind Kind { get; init; }

    /// <summary>The thread that was running (<c>common_pid</c>); for a completion that is whoever the interrupt hit.</summary>
    public int Pid { get; init; }

    /// <summary>Its thread group (process), or 0 when the trace does not know it.</summary>
    public int Tgid { get; init; }

    /// <summary>The device, in the kernel's <c>dev_t</c> encoding (major &lt;&lt; 20 | minor).</summary>
    public uint Dev { get; init; }

    public long Inode { get; init; }

    /// <summary>The file size (i_size) the event reports.</summary>
    public long Size { get; init; }

    /// <summary>The file position: where a direct I/O starts (begin), or the position after it (complete).</summary>
    public long Offset { get; init; }

    /// <summary>Bytes of a direct I/O, or how many events the buffer lost (lost).</summary>
    public long Length { get; init; }

    /// <summary>A direct I/O's result (count or negative errno), or a completion's error (0 or negative errno), or a syscall's return.</summary>
    public long Result { get; init; }

    /// <summary>The direct I/O is asynchronous (io_uring, libaio): <c>aio 1</c>.</summary>
    public bool Async { get; init; }

    /// <summary>The kiocb says write (IOCB_WRITE); synchronous writes do not always set it.</summary>
    public bool KiocbWrite { get; init; }

    /// <summary>First sector of a BIO or completion, or the split point's first sector.</summary>
    public long Sector { get; init; }

    /// <summary>Sectors of a BIO or completion; for a split, the sector where the remainder starts.</summary>
    public long Sectors { get; init; }

    /// <summary>The BIO writes (its rwbs has W).</summary>
    public bool Write { get; init; }

    /// <summary>The new thread (fork).</summary>
    public int Child { get; init; }

    /// <summary>The device byte a mapping starts at (mapping).</summary>
    public long Address { get; init; }

    /// <summary>The mapping holds data on the device (type MAPPED or UNWRITTEN), not a hole or delayed allocation.</summary>
    public bool Mapped { get; init; }

    /// <summary>The syscall's name without <c>sys_</c> (enter, exit).</summary>
    public string? Syscall { get; init; }
}
