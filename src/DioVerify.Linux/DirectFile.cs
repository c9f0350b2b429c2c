using System.Buffers.Binary;

namespace DioVerify.Linux;

/// <summary>
/// A file opened with O_DIRECT: <c>pwrite</c> goes to the block layer as BIOs, bypassing the page cache,
/// which is exactly the path whose return value the audit judges.
/// </summary>
public sealed unsafe class DirectFile : IDisposable
{
    private int fd;

    private DirectFile(int fd, string path)
    {
        this.fd = fd;
        Path = path;
    }

    public string Path { get; }

    /// <summary>The file descriptor, for the other write paths (<see cref="Io.DirectWrites"/>).</summary>
    internal int Descriptor => fd >= 0 ? fd : throw new ObjectDisposedException(nameof(DirectFile));

    /// <param name="dsync">Also O_DSYNC: each write returns only once its data and the metadata to read it are durable.</param>
    public static DirectFile Open(string path, bool create, bool dsync = false) =>
        Open(path, Libc.ORdwr | (create ? Libc.OCreat : 0) | (dsync ? Libc.ODsync : 0));

    /// <summary>Opened for reading only: every write path must then fail with EBADF, at submission or on completion.</summary>
    internal static DirectFile OpenReadOnly(string path) => Open(path, Libc.ORdonly);

    private static DirectFile Open(string path, int access)
    {
        var flags = access | Libc.ODirect | Libc.OCloexec;
        var fd = Libc.Open(path, flags, Convert.ToInt32("644", 8));
        if (fd < 0) throw HostException.FromErrno($"open {path} with O_DIRECT", Libc.Errno);
        return new DirectFile(fd, path);
    }

    /// <summary>One <c>pwrite</c> syscall: the byte count written, or the negated errno, exactly as the kernel returned it.</summary>
    public long PWrite(AlignedBuffer buffer, long length, long offset)
    {
        if (length > buffer.Length) throw new ArgumentOutOfRangeException(nameof(length));
        var written = Libc.PWrite(fd, buffer.Pointer, (nuint)length, offset);
        return written >= 0 ? written : -Libc.Errno;
    }

    /// <summary>Reads <c>[offset, offset + length)</c> in full (short reads continue; a read past EOF stops).</summary>
    public long PRead(AlignedBuffer buffer, long length, long offset)
    {
        long done = 0;
        while (done < length)
        {
            var read = Libc.PRead(fd, buffer.Pointer + done, (nuint)(length - done), offset + done);
            if (read < 0)
            {
                var errno = Libc.Errno;
                if (errno == Errno.EINTR) continue;
                throw HostException.FromErrno($"O_DIRECT read of {Path} at {offset + done}", errno);
            }

            if (read == 0) break;
            done += read;
        }

        return done;
    }

    /// <summary><c>fsync</c>: 0, or the negated errno (a failed fsync is a finding, not a crash).</summary>
    public int FSync() => Libc.FSync(fd) == 0 ? 0 : -Libc.Errno;

    public FileStatus Status()
    {
        var buffer = stackalloc byte[256];
        if (Libc.Statx(fd, "", Libc.AtEmptyPath, Libc.StatxBasicStats, buffer) != 0) throw HostException.FromErrno($"statx {Path}", Libc.Errno);
        return ReadStatx(new ReadOnlySpan<byte>(buffer, 256));
    }

    /// <summary><c>struct statx</c>: stx_size at byte 40, stx_blocks at byte 48 (the same on every architecture).</summary>
    internal static FileStatus ReadStatx(ReadOnlySpan<byte> statx) =>
        new(BinaryPrimitives.ReadInt64LittleEndian(statx[40..]), BinaryPrimitives.ReadInt64LittleEndian(statx[48..]));

    /// <summary>Allocates without writing data (ballast that eats free space quickly); false when the filesystem has no room.</summary>
    public bool Allocate(long length)
    {
        if (Libc.FAllocate(fd, 0, 0, length) == 0) return true;
        var errno = Libc.Errno;
        return errno == Errno.ENOSPC ? false : throw HostException.FromErrno($"fallocate {Path}", errno);
    }

    public void Dispose()
    {
        if (fd < 0) return;
        Libc.Close(fd);
        fd = -1;
    }
}
