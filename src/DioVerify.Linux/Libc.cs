using System.Runtime.InteropServices;

namespace DioVerify.Linux;

/// <summary>The few libc calls the kernel audit needs, with errno kept for the caller.</summary>
internal static partial class Libc
{
    public const int ORdonly = 0;
    public const int ORdwr = 2;
    public const int ONonblock = 0x800;
    public const int OCreat = 0x40;
    public const int ODirect = 0x4000;
    public const int ODsync = 0x1000;
    public const int OCloexec = 0x80000;

    public const ulong MsNosuid = 2;
    public const ulong MsNodev = 4;
    public const int MntDetach = 2;

    public const int AtFdCwd = -100;
    public const int AtSymlinkNofollow = 0x100;
    public const int AtEmptyPath = 0x1000;
    public const uint StatxBasicStats = 0x7ff;

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "open")]
    public static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", SetLastError = true, EntryPoint = "close")]
    public static partial int Close(int fd);

    [LibraryImport("libc", SetLastError = true, EntryPoint = "read")]
    public static unsafe partial nint Read(int fd, byte* buffer, nuint count);

    [LibraryImport("libc", SetLastError = true, EntryPoint = "write")]
    public static unsafe partial nint Write(int fd, byte* buffer, nuint count);

    [LibraryImport("libc", SetLastError = true, EntryPoint = "pread")]
    public static unsafe partial nint PRead(int fd, byte* buffer, nuint count, long offset);

    [LibraryImport("libc", SetLastError = true, EntryPoint = "pwrite")]
    public static unsafe partial nint PWrite(int fd, byte* buffer, nuint count, long offset);

    [LibraryImport("libc", SetLastError = true, EntryPoint = "pwritev")]
    public static unsafe partial nint PWriteV(int fd, void* iovecs, int count, long offset);

    /// <summary>
    /// <c>syscall(2)</c> with six arguments (unused ones ignored): for the AIO and io_uring calls glibc does not wrap.
    /// glibc's <c>syscall</c> only moves registers, so calling the variadic function with fixed integer arguments is safe.
    /// </summary>
    [LibraryImport("libc", SetLastError = true, EntryPoint = "syscall")]
    public static partial long Syscall(long number, nint a1, nint a2, nint a3, nint a4, nint a5, nint a6);

    [LibraryImport("libc", SetLastError = true, EntryPoint = "mmap")]
    public static unsafe partial void* Mmap(void* address, nuint length, int protection, int flags, int fd, long offset);

    [LibraryImport("libc", SetLastError = true, EntryPoint = "munmap")]
    public static unsafe partial int Munmap(void* address, nuint length);

    [LibraryImport("libc", SetLastError = true, EntryPoint = "fsync")]
    public static partial int FSync(int fd);

    [LibraryImport("libc", SetLastError = true, EntryPoint = "fallocate")]
    public static partial int FAllocate(int fd, int mode, long offset, long length);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "mount")]
    public static partial int Mount(string source, string target, string fileSystemType, ulong flags, string data);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "umount2")]
    public static partial int Umount2(string target, int flags);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "statx")]
    public static unsafe partial int Statx(int dirFd, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8, EntryPoint = "statvfs")]
    public static unsafe partial int StatVfs(string path, byte* buffer);

    [LibraryImport("libc", SetLastError = true, EntryPoint = "ioctl")]
    public static unsafe partial int Ioctl(int fd, nuint request, void* argument);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    public static partial uint GetEUid();

    /// <summary>The errno of the last call, for messages and for the audited return value.</summary>
    public static int Errno => Marshal.GetLastPInvokeError();

    public static string Describe(int errno) => $"{Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})";
}
