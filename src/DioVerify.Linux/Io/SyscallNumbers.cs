using System.Runtime.InteropServices;

namespace DioVerify.Linux.Io;

/// <summary>
/// The numbers of the AIO and io_uring syscalls, which glibc does not wrap. The AIO calls differ per
/// architecture (x86_64's own table, arm64's asm-generic one); io_uring's are the same everywhere (added after
/// the tables were unified).
/// </summary>
internal static class SyscallNumbers
{
    public static long IoSetup => Aio(206, 0);

    public static long IoDestroy => Aio(207, 1);

    public static long IoGetEvents => Aio(208, 4);

    public static long IoSubmit => Aio(209, 2);

    public const long IoUringSetup = 425;

    public const long IoUringEnter = 426;

    private static long Aio(long x64, long arm64) => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => x64,
        Architecture.Arm64 => arm64,
        var other => throw new HostException($"native AIO syscall numbers are not known for {other}; use the pwrite, pwritev or io_uring path"),
    };
}
