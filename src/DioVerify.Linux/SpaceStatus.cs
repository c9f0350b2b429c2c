using System.Buffers.Binary;

namespace DioVerify.Linux;

/// <summary>What <c>statvfs</c> says of a mounted filesystem: its block size and the bytes an unprivileged writer may still allocate.</summary>
public readonly record struct SpaceStatus(long BlockSize, long AvailableBytes)
{
    public static unsafe SpaceStatus Of(string path)
    {
        var buffer = stackalloc byte[112];
        if (Libc.StatVfs(path, buffer) != 0) throw HostException.FromErrno($"statvfs {path}", Libc.Errno);

        // struct statvfs on 64-bit Linux: f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, ... each 8 bytes.
        var span = new ReadOnlySpan<byte>(buffer, 112);
        var fragment = BinaryPrimitives.ReadInt64LittleEndian(span[8..]);
        var available = BinaryPrimitives.ReadInt64LittleEndian(span[32..]);
        return new SpaceStatus(BinaryPrimitives.ReadInt64LittleEndian(span), available * fragment);
    }
}
