namespace DioVerify.Audit.Kernel;

/// <summary>
/// One O_DIRECT <c>pwrite</c> the kernel audit performs on a fresh filesystem: the file it starts from,
/// how much free space is left, the write, which of its 4 KiB file blocks the device refuses (EIO) and
/// which it holds back so that later pieces of the write complete first.
/// </summary>
public sealed record KernelScenario(
    string Name,
    string Story,
    long ExistingBytes,
    long? FreeBytesLeft,
    long Offset,
    long Length,
    IReadOnlyList<long> FailedFileBlocks,
    IReadOnlyList<long> DelayedFileBlocks)
{
    /// <summary>How long the device holds back a delayed block: far longer than the rest of the write takes.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(200);

    /// <summary>The unit of fault injection: a file block of the 4 KiB filesystems the audit formats.</summary>
    public const int FileBlockSize = 4096;

    /// <summary>True when the device refuses some of this write's data.</summary>
    public bool InjectsEio => FailedFileBlocks.Count > 0;
}
