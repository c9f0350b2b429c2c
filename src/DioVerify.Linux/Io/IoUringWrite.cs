using System.Buffers.Binary;

namespace DioVerify.Linux.Io;

/// <summary>
/// One write through io_uring (<c>io_uring_setup</c>, the rings mapped into this process, <c>io_uring_enter</c>),
/// as raw syscalls: an <c>IORING_OP_WRITE</c> SQE in, its CQE's <c>res</c> out, the ring torn down afterwards.
/// </summary>
/// <remarks>
/// The kernel first issues the write without blocking and, on EAGAIN, hands it to an io-wq worker; a short
/// non-blocking write is continued there. The CQE carries the final answer, which is what is returned.
/// Memory ordering is the ring protocol's: the SQ tail is published with a release store after the SQE is
/// written, and the CQ tail is read with an acquire load before the CQE is.
/// </remarks>
internal sealed unsafe class IoUringWrite : IDisposable
{
    private const byte OpWrite = 23;
    private const uint EnterGetEvents = 1;
    private const long OffSqRing = 0;
    private const long OffCqRing = 0x8000000;
    private const long OffSqes = 0x10000000;
    private const int ParamsSize = 120;
    private const int SqeSize = 64;
    private const int CqeSize = 16;
    private const int ProtReadWrite = 3;
    private const int MapSharedPopulate = 0x01 | 0x8000;
    private const int SubmitAttempts = 100;
    private const ulong UserData = 0x10C8;

    private readonly int ringFd;
    private readonly List<(nint Address, nuint Length)> maps = [];
    private readonly uint* sqHead;
    private readonly uint* sqTail;
    private readonly uint sqMask;
    private readonly uint* sqArray;
    private readonly byte* sqes;
    private readonly uint* cqHead;
    private readonly uint* cqTail;
    private readonly uint cqMask;
    private readonly byte* cqes;

    private IoUringWrite()
    {
        var parameters = stackalloc byte[ParamsSize];
        var p = new Span<byte>(parameters, ParamsSize);
        p.Clear();
        var fd = Libc.Syscall(SyscallNumbers.IoUringSetup, 1, (nint)parameters, 0, 0, 0, 0);
        if (fd < 0)
        {
            var errno = Libc.Errno;
            throw errno switch
            {
                Errno.ENOSYS => new HostException("io_uring_setup: this kernel has no io_uring (CONFIG_IO_URING)"),
                Errno.EPERM => new HostException("io_uring_setup: io_uring is disabled here (sysctl kernel.io_uring_disabled)"),
                _ => HostException.FromErrno("io_uring_setup", errno),
            };
        }

        ringFd = (int)fd;
        try
        {
            var sqEntries = U32(p, 0);
            var cqEntries = U32(p, 4);

            // struct io_sqring_offsets at byte 40, struct io_cqring_offsets at byte 80 of struct io_uring_params.
            var sqRing = Map(U32(p, 64) + (sqEntries * 4), OffSqRing);
            sqHead = (uint*)(sqRing + U32(p, 40));
            sqTail = (uint*)(sqRing + U32(p, 44));
            sqMask = *(uint*)(sqRing + U32(p, 48));
            sqArray = (uint*)(sqRing + U32(p, 64));
            sqes = Map(sqEntries * SqeSize, OffSqes);
            var cqRing = Map(U32(p, 100) + (cqEntries * CqeSize), OffCqRing);
            cqHead = (uint*)(cqRing + U32(p, 80));
            cqTail = (uint*)(cqRing + U32(p, 84));
            cqMask = *(uint*)(cqRing + U32(p, 88));
            cqes = cqRing + U32(p, 100);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public static long Write(int fd, AlignedBuffer buffer, long length, long offset)
    {
        // The SQE's length is 32 bits; the kernel caps any single write below 2 GiB anyway.
        if (length > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(length), length, "an io_uring write is at most 2 GiB");
        using var ring = new IoUringWrite();
        return ring.Run(fd, buffer, length, offset);
    }

    public void Dispose()
    {
        foreach (var (address, length) in maps) Libc.Munmap((void*)address, length);
        maps.Clear();
        Libc.Close(ringFd);
    }

    private long Run(int fd, AlignedBuffer buffer, long length, long offset)
    {
        var tail = Volatile.Read(ref *sqTail);
        var index = tail & sqMask;
        var sqe = new Span<byte>(sqes + (index * SqeSize), SqeSize);
        sqe.Clear();
        sqe[0] = OpWrite;
        BinaryPrimitives.WriteInt32LittleEndian(sqe[4..], fd);
        BinaryPrimitives.WriteInt64LittleEndian(sqe[8..], offset);
        BinaryPrimitives.WriteUInt64LittleEndian(sqe[16..], (ulong)buffer.Pointer);
        BinaryPrimitives.WriteUInt32LittleEndian(sqe[24..], (uint)length);
        BinaryPrimitives.WriteUInt64LittleEndian(sqe[32..], UserData);
        sqArray[index] = index;
        Volatile.Write(ref *sqTail, tail + 1);

        for (var attempt = 1; ; attempt++)
        {
            // The kernel has taken the SQE once its head passed it; from then on only the completion is awaited.
            var submitted = Volatile.Read(ref *sqHead) != tail;
            var entered = Libc.Syscall(SyscallNumbers.IoUringEnter, ringFd, submitted ? 0 : 1, 1, (nint)EnterGetEvents, 0, 0);
            if (Reap() is { } res) return res;
            if (entered >= 0) continue;
            var errno = Libc.Errno;
            if (errno == Errno.EINTR) continue;
            submitted = Volatile.Read(ref *sqHead) != tail;
            if (errno is Errno.EAGAIN or Errno.EBUSY && attempt < SubmitAttempts)
            {
                Thread.Sleep(1);
                continue;
            }

            if (!submitted) return -errno;

            // Submitted but the wait failed: the completion still comes; closing the ring cancels or waits for it.
            throw HostException.FromErrno("io_uring_enter (waiting for the completion)", errno);
        }
    }

    /// <summary>The <c>res</c> of our completion, or null when none has arrived.</summary>
    private int? Reap()
    {
        var head = Volatile.Read(ref *cqHead);
        while (head != Volatile.Read(ref *cqTail))
        {
            var cqe = new ReadOnlySpan<byte>(cqes + ((head & cqMask) * CqeSize), CqeSize);
            var userData = BinaryPrimitives.ReadUInt64LittleEndian(cqe);
            var res = BinaryPrimitives.ReadInt32LittleEndian(cqe[8..]);
            head++;
            Volatile.Write(ref *cqHead, head);
            if (userData == UserData) return res;
        }

        return null;
    }

    private byte* Map(uint length, long offset)
    {
        var address = Libc.Mmap(null, length, ProtReadWrite, MapSharedPopulate, ringFd, offset);
        if (address == (void*)-1) throw HostException.FromErrno($"mmap of the io_uring at 0x{offset:x}", Libc.Errno);
        maps.Add(((nint)address, length));
        return (byte*)address;
    }

    private static uint U32(ReadOnlySpan<byte> bytes, int at) => BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]);
}
