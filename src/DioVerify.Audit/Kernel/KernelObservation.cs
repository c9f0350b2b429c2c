using DioVerify.Linux;
using DioVerify.Linux.Io;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// Everything the kernel audit saw of one scenario, as plain data: the syscall's return, the file after it,
/// each sector read back through the file, and which sectors of the write reached the device.
/// </summary>
public sealed record KernelObservation
{
    public required string FileSystem { get; init; }

    public required KernelScenario Scenario { get; init; }

    /// <summary>How the write was issued.</summary>
    public IoPath Path { get; init; } = IoPath.Pwrite;

    /// <summary>The loop device's logical sector size.</summary>
    public int SectorSize { get; init; } = 512;

    /// <summary>The kernel driver that served the mount (ext2 may be served by ext4's), or null when not known.</summary>
    public string? Driver { get; init; }

    /// <summary>The kernel rule file (models/policies/kernel/) that models this filesystem's direct-write path, or null.</summary>
    public string? RuleName { get; init; }

    /// <summary>The file's extent map after the write (FIEMAP), or null when the filesystem could not give one.</summary>
    public IReadOnlyList<FileExtent>? Extents { get; init; }

    /// <summary>The device's WRITEs of this write's data, in completion order, with what the device answered.</summary>
    public IReadOnlyList<DeviceWrite> DeviceWrites { get; init; } = [];

    public long Offset => Scenario.Offset;

    public long Length => Scenario.Length;

    public required long SizeBefore { get; init; }

    /// <summary>The <c>pwrite</c> return: bytes when non-negative, else the negated errno.</summary>
    public required long Returned { get; init; }

    /// <summary>EIO?: the device refused some of this write's data.</summary>
    public required bool DeviceFailed { get; init; }

    /// <summary>CUT?: the write needed more space than the filesystem had free before it.</summary>
    public required bool Cut { get; init; }

    public required long SizeAfter { get; init; }

    public required long AllocatedBytes { get; init; }

    public required long BlockSize { get; init; }

    /// <summary><c>fsync</c> after the write: 0 or the negated errno.</summary>
    public required int FSync { get; init; }

    /// <summary>Sector i of the file, from offset 0 up to the end of the file or of the write, whichever is further.</summary>
    public required IReadOnlyList<SectorContent> Readback { get; init; }

    /// <summary>The file offsets at which the device's WRITEs of this write's data began, in completion order.</summary>
    public required IReadOnlyList<long> Completions { get; init; }

    /// <summary>Sector i of the write (from <see cref="Offset"/>): does the device hold this write's data for it?</summary>
    public required IReadOnlyList<bool> OnDevice { get; init; }
}
