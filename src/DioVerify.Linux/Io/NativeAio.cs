using System.Buffers.Binary;

namespace DioVerify.Linux.Io;

/// <summary>
/// One write through Linux native AIO (<c>io_setup</c>, <c>io_submit</c>, <c>io_getevents</c>, <c>io_destroy</c>,
/// as raw syscalls): what databases with <c>innodb_use_native_aio</c> or libaio-based engines do.
/// </summary>
internal static unsafe class NativeAio
{
    /// <summary><c>IOCB_CMD_PWRITE</c> from linux/aio_abi.h.</summary>
    private const ushort CommandPwrite = 1;
    private const int IocbSize = 64;
    private const int EventSize = 32;
    private const int SubmitAttempts = 100;

    public static long Write(int fd, AlignedBuffer buffer, long length, long offset)
    {
        ulong context = 0;
        if (Libc.Syscall(SyscallNumbers.IoSetup, 1, (nint)(&context), 0, 0, 0, 0) != 0)
        {
            var errno = Libc.Errno;
            throw errno == Errno.ENOSYS
                ? new HostException("io_setup: this kernel has no native AIO (CONFIG_AIO)")
                : HostException.FromErrno("io_setup (see /proc/sys/fs/aio-max-nr)", errno);
        }

        try
        {
            return SubmitAndReap(context, fd, buffer, length, offset);
        }
        finally
        {
            // io_destroy waits for requests still in flight, so the buffer is never freed under the device.
            Libc.Syscall(SyscallNumbers.IoDestroy, (nint)context, 0, 0, 0, 0, 0);
        }
    }

    private static long SubmitAndReap(ulong context, int fd, AlignedBuffer buffer, long length, long offset)
    {
        // struct iocb (linux/aio_abi.h, little-endian layout): data, key, rw_flags, opcode, reqprio, fildes, buf, nbytes, offset, reserved, flags, resfd.
        var iocb = stackalloc byte[IocbSize];
        var fields = new Span<byte>(iocb, IocbSize);
        fields.Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(fields, 0x10C8);
        BinaryPrimitives.WriteUInt16LittleEndian(fields[16..], CommandPwrite);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[20..], (uint)fd);
        BinaryPrimitives.WriteUInt64LittleEndian(fields[24..], (ulong)buffer.Pointer);
        BinaryPrimitives.WriteUInt64LittleEndian(fields[32..], (ulong)length);
        BinaryPrimitives.WriteInt64LittleEndian(fields[40..], offset);
        var list = stackalloc nint[1];
        list[0] = (nint)iocb;

        for (var attempt = 1; ; attempt++)
        {
            var submitted = Libc.Syscall(SyscallNumbers.IoSubmit, (nint)context, 1, (nint)list, 0, 0, 0);
            if (submitted == 1) break;
            var errno = submitted < 0 ? Libc.Errno : Errno.EAGAIN;

            // EINTR and EAGAIN mean nothing was queued: try again, and answer EAGAIN only if it persists.
            if (errno == Errno.EINTR) continue;
            if (errno == Errno.EAGAIN && attempt < SubmitAttempts)
            {
                Thread.Sleep(1);
                continue;
            }

            return -errno;
        }

        // struct io_event { __u64 data; __u64 obj; __s64 res; __s64 res2; }
        var evt = stackalloc byte[EventSize];
        while (true)
        {
            var reaped = Libc.Syscall(SyscallNumbers.IoGetEvents, (nint)context, 1, 1, (nint)evt, 0, 0);
            if (reaped == 1) return BinaryPrimitives.ReadInt64LittleEndian(new ReadOnlySpan<byte>(evt + 16, 8));
            if (reaped < 0 && Libc.Errno is var errno && errno != Errno.EINTR) throw HostException.FromErrno("io_getevents", errno);
        }
    }
}
