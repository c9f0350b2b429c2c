using DioVerify.Engine.Properties;
using DioVerify.Linux.Io;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// One O_DIRECT write the kernel audit performs on fresh filesystems, as a scenario file states it
/// (<c>models/kernel-scenarios/*.json</c>): the file it starts from, the write, the device's faults — EIO on
/// chosen 4 KiB file blocks, WRITEs answered short (torn), blocks held back so later pieces complete first,
/// free space left for ENOSPC — which filesystems and sector sizes it runs on, and the verdicts expected.
/// </summary>
public sealed record KernelScenario
{
    /// <summary>How long the device holds back a delayed block by default: far longer than the rest of the write takes.</summary>
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>The unit of fault injection: a file block of the 4 KiB filesystems the audit formats.</summary>
    public const int FileBlockSize = 4096;

    public required string Name { get; init; }

    public required string Story { get; init; }

    /// <summary>The scenario file it was read from (a path, or <c>models/kernel-scenarios/NAME.json</c> for a built-in).</summary>
    public string Source { get; init; } = "";

    /// <summary>The filesystem variants it runs on, by name; built-in variants or ones the file defines.</summary>
    public IReadOnlyList<KernelFileSystem> FileSystems { get; init; } = KernelFileSystem.All;

    /// <summary>The loop device's logical sector sizes it runs with.</summary>
    public IReadOnlyList<int> SectorSizes { get; init; } = [512];

    public FileSetup File { get; init; } = FileSetup.Empty;

    public required long Offset { get; init; }

    public required long Length { get; init; }

    /// <summary>Open the file with O_DSYNC as well as O_DIRECT.</summary>
    public bool DSync { get; init; }

    /// <summary>How the write is issued unless <c>--path</c> says otherwise.</summary>
    public IoPath Path { get; init; } = IoPath.Pwrite;

    public IReadOnlyList<long> FailedFileBlocks { get; init; } = [];

    /// <summary>File blocks whose device WRITE is answered short: the device stores and acknowledges only the bytes before the block.</summary>
    public IReadOnlyList<long> TornFileBlocks { get; init; } = [];

    public IReadOnlyList<long> DelayedFileBlocks { get; init; } = [];

    public TimeSpan Delay { get; init; } = DefaultDelay;

    /// <summary>
    /// The FUSE device lets the kernel keep several WRITEs in flight (FUSE_ASYNC_DIO), so completions can arrive out
    /// of order. Off, WRITEs are answered one at a time and a short answer reaches the loop driver as a short write
    /// (on, FUSE itself turns a short asynchronous write into EIO).
    /// </summary>
    public bool AsyncDevice { get; init; } = true;

    /// <summary>Free space left before the write (a ballast file takes the rest), or null to leave the filesystem as formatted.</summary>
    public long? FreeBytesLeft { get; init; }

    /// <summary>Verdicts expected on every filesystem; a property not named is expected to hold.</summary>
    public IReadOnlyDictionary<PropertyId, bool> Expect { get; init; } = new Dictionary<PropertyId, bool>();

    /// <summary>Verdicts expected on one filesystem variant, over <see cref="Expect"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<PropertyId, bool>> ExpectOn { get; init; } = new Dictionary<string, IReadOnlyDictionary<PropertyId, bool>>();

    /// <summary>True when the device refuses some of this write's data.</summary>
    public bool InjectsEio => FailedFileBlocks.Count > 0;

    /// <summary>The file's old size, from its setup.</summary>
    public long SizeBefore => File.SizeBefore;

    /// <summary>What <paramref name="property"/> is expected to be on <paramref name="fileSystem"/>.</summary>
    public bool Expected(string fileSystem, PropertyId property) =>
        ExpectOn.TryGetValue(fileSystem, out var on) && on.TryGetValue(property, out var v) ? v
        : Expect.TryGetValue(property, out var all) ? all
        : true;
}
