namespace DioVerify.Linux.Io;

/// <summary>
/// One O_DIRECT write of <c>[offset, offset + length)</c> from a buffer, through the I/O path a program would
/// use, returning what the kernel returned: the byte count, or the negated errno. For the asynchronous paths
/// that is the completion's <c>res</c>, which arrives after submission returned; an error the submission
/// itself reports (e.g. EBADF from <c>io_submit</c>) is returned the same way.
/// </summary>
/// <remarks>
/// The AIO and io_uring calls are raw syscalls, not Debian's libaio1/liburing2 through P/Invoke: libaio's calls
/// are thin syscall wrappers anyway, and liburing 2.3's ring access (<c>io_uring_get_sqe</c>,
/// <c>io_uring_prep_write</c>, <c>io_uring_cqe_seen</c>) is <c>static inline</c> in its header, not exported from
/// liburing.so.2, so binding it would mean rewriting the ring code all the same, with one more package to
/// install. EINTR (nothing submitted or nothing reaped yet) is retried on every path; so is EAGAIN from a
/// submission, a few times, before it is returned as the answer. A ring or AIO context is always torn down,
/// and only after its one request has completed.
/// </remarks>
public static class DirectWrites
{
    /// <summary>The most iovecs <see cref="IoPath.Pwritev"/> splits a buffer into.</summary>
    public const int PwritevSegments = 8;

    public static long Write(DirectFile file, AlignedBuffer buffer, long length, long offset, IoPath path)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(buffer);
        if (length < 0 || length > buffer.Length) throw new ArgumentOutOfRangeException(nameof(length), length, $"the buffer holds {buffer.Length} bytes");
        return path switch
        {
            IoPath.Pwrite => Pwrite(file, buffer, length, offset),
            IoPath.Pwritev => Pwritev(file, buffer, length, offset),
            IoPath.Libaio => NativeAio.Write(file.Descriptor, buffer, length, offset),
            IoPath.IoUring => IoUringWrite.Write(file.Descriptor, buffer, length, offset),
            _ => throw new ArgumentOutOfRangeException(nameof(path), path, "not an I/O path"),
        };
    }

    /// <summary>
    /// The lengths of the iovecs <see cref="IoPath.Pwritev"/> uses: up to <see cref="PwritevSegments"/> pieces, each
    /// a multiple of the buffer's 4096-byte alignment except the last, which takes the rest. Several segments, as
    /// a database writes a run of pages in one call, make the kernel's iov_iter cross segment boundaries while
    /// it builds BIOs; a length below two pages stays one iovec.
    /// </summary>
    public static IReadOnlyList<long> PwritevPieces(long length)
    {
        var pieces = (int)Math.Clamp(length / AlignedBuffer.Alignment, 1, PwritevSegments);
        var piece = length / pieces / AlignedBuffer.Alignment * AlignedBuffer.Alignment;
        if (pieces == 1 || piece == 0) return [length];
        var lengths = Enumerable.Repeat(piece, pieces - 1).ToList();
        lengths.Add(length - piece * (pieces - 1));
        return lengths;
    }

    private static long Pwrite(DirectFile file, AlignedBuffer buffer, long length, long offset)
    {
        while (true)
        {
            // EINTR before anything was written (a partial write returns its count instead): the call never happened.
            var written = file.PWrite(buffer, length, offset);
            if (written != -Errno.EINTR) return written;
        }
    }

    private static unsafe long Pwritev(DirectFile file, AlignedBuffer buffer, long length, long offset)
    {
        var pieces = PwritevPieces(length);

        // struct iovec { void *iov_base; size_t iov_len; }
        var iovecs = stackalloc nint[2 * pieces.Count];
        long at = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            iovecs[2 * i] = (nint)(buffer.Pointer + at);
            iovecs[(2 * i) + 1] = (nint)pieces[i];
            at += pieces[i];
        }

        while (true)
        {
            var written = Libc.PWriteV(file.Descriptor, iovecs, pieces.Count, offset);
            if (written >= 0) return written;
            var errno = Libc.Errno;
            if (errno != Errno.EINTR) return -errno;
        }
    }
}
