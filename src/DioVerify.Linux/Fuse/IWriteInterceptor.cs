namespace DioVerify.Linux.Fuse;

/// <summary>
/// Sees each WRITE the kernel sends for the image before it is stored, on the serving thread: it may hold
/// the WRITE back (the server keeps serving others meanwhile, so completions arrive out of order) and
/// decides whether it is stored or refused with EIO.
/// </summary>
public interface IWriteInterceptor
{
    /// <summary>True to store the WRITE at image <paramref name="offset"/>; false to fail it with EIO.</summary>
    bool Accept(long offset, ReadOnlySpan<byte> payload);

    /// <summary>
    /// How many leading bytes of the WRITE to store and acknowledge: all of them, fewer (a torn write, answered
    /// short, as a device that loses the tail of a request would), or -1 to fail it with EIO.
    /// </summary>
    int Answer(long offset, ReadOnlySpan<byte> payload) => Accept(offset, payload) ? payload.Length : -1;
}
