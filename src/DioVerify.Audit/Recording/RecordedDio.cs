namespace DioVerify.Audit.Recording;

/// <summary>One direct I/O as the kernel traced it: its request, its BIOs in submission order, and how it ended.</summary>
public sealed class RecordedDio
{
    public required long Index { get; init; }

    public required int Pid { get; init; }

    public required uint Dev { get; init; }

    public required long Inode { get; init; }

    public required long Offset { get; init; }

    public required long Length { get; init; }

    /// <summary>The file size when it began.</summary>
    public required long SizeBefore { get; init; }

    /// <summary>"io_uring" or "libaio" for an asynchronous I/O, null for a synchronous one.</summary>
    public required string? Path { get; init; }

    public required bool KiocbWrite { get; init; }

    public List<RecordedBio> Bios { get; } = [];

    /// <summary>The file-to-device mappings the filesystem handed iomap for this I/O, as it ran.</summary>
    public List<DioVerify.Linux.FileExtent> Mappings { get; } = [];

    /// <summary>The BIOs in the order the kernel completed them.</summary>
    public List<RecordedBio> Completions { get; } = [];

    public bool ReadBios { get; set; }

    /// <summary>Its result as iomap reported it (count or negative errno), once completed.</summary>
    public long? IomapResult { get; set; }

    /// <summary>The file size when iomap completed it.</summary>
    public long SizeAfter { get; set; }

    /// <summary>Position of iomap's completion among all completions, so BIOs completed later were in flight at the return.</summary>
    public long ReturnedAt { get; set; } = long.MaxValue;

    /// <summary>The return of the write system call that issued it, when one was traced (synchronous I/O).</summary>
    public long? SyscallResult { get; set; }

    public bool WriteSyscall { get; set; }

    /// <summary>What the program was told: the syscall's return when traced, else iomap's (an async completion's result).</summary>
    public long? Result => SyscallResult ?? IomapResult;

    /// <summary>A write, not a read: the kiocb, the system call or its BIOs say so.</summary>
    public bool IsWrite => !ReadBios && (KiocbWrite || WriteSyscall || Bios.Count > 0);
}
