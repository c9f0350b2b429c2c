using DioVerify.Linux;
using DioVerify.Linux.Io;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// The I/O paths the kernel audit issues its write through, by their kebab names (pwrite, pwritev, libaio,
/// io_uring), and which of them this build can issue. Only <c>pwrite</c> is bound here; pwritev, libaio and
/// io_uring come with <c>DioVerify.Linux.Io.DirectWrites</c>, and until it is wired in they are reported as
/// "not yet bound", never run through pwrite under their name.
/// </summary>
public static class KernelIoPaths
{
    public static IReadOnlyList<IoPath> All { get; } = Enum.GetValues<IoPath>();

    public static string Name(IoPath path) => path switch
    {
        IoPath.Pwrite => "pwrite",
        IoPath.Pwritev => "pwritev",
        IoPath.Libaio => "libaio",
        IoPath.IoUring => "io_uring",
        _ => throw new ArgumentOutOfRangeException(nameof(path), path, null),
    };

    public static IoPath? Parse(string name) => All.Cast<IoPath?>().FirstOrDefault(p => Name(p!.Value) == name);

    public static string Names => string.Join(", ", All.Select(Name));

    /// <summary>Why this build cannot issue a write through <paramref name="path"/>, or null when it can.</summary>
    public static string? Unbound(IoPath path) =>
        path == IoPath.Pwrite ? null : $"{Name(path)} is not yet bound in this build (DioVerify.Linux.Io.DirectWrites, issue 16 item 2)";

    /// <summary>One direct write through <paramref name="path"/>: the bytes written or the negated errno (for an asynchronous path, the completion's result).</summary>
    public static long Write(DirectFile file, AlignedBuffer buffer, long length, long offset, IoPath path) =>
        Unbound(path) is { } why ? throw new InvalidOperationException(why) : file.PWrite(buffer, length, offset);
}
