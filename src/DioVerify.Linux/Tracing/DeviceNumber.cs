using System.Buffers.Binary;

namespace DioVerify.Linux.Tracing;

/// <summary>
/// A device number as the kernel's trace events carry it (<c>dev_t</c> inside the kernel: major in the top
/// 12 bits, minor in the low 20), with the <c>statx</c> look-ups that give one.
/// </summary>
public readonly record struct DeviceNumber(uint Major, uint Minor)
{
    /// <summary>The in-kernel encoding that tracefs filters compare <c>dev</c> with.</summary>
    public uint Kernel => (Major << 20) | Minor;

    public static DeviceNumber FromKernel(uint dev) => new(dev >> 20, dev & 0xFFFFF);

    public override string ToString() => $"{Major}:{Minor}";

    /// <summary>The device a block special file (e.g. <c>/dev/loop0</c>) stands for. Throws <see cref="HostException"/> for anything else.</summary>
    public static unsafe DeviceNumber OfBlockDevice(string path)
    {
        var buffer = stackalloc byte[256];
        if (Libc.Statx(-100, path, 0, Libc.StatxBasicStats, buffer) != 0) throw HostException.FromErrno($"statx {path}", Libc.Errno);
        var statx = new ReadOnlySpan<byte>(buffer, 256);
        // stx_mode at byte 28; S_IFBLK is 0o060000 under the S_IFMT mask 0o170000.
        if ((BinaryPrimitives.ReadUInt16LittleEndian(statx[28..]) & 0xF000) != 0x6000) throw new HostException($"{path} is not a block device");
        return new DeviceNumber(BinaryPrimitives.ReadUInt32LittleEndian(statx[128..]), BinaryPrimitives.ReadUInt32LittleEndian(statx[132..]));
    }

    /// <summary>The device and inode number of <paramref name="path"/> (not following a final symlink), or null when it cannot be stat'ed.</summary>
    public static unsafe (DeviceNumber Device, long Inode)? OfFile(string path)
    {
        var buffer = stackalloc byte[256];
        // AT_SYMLINK_NOFOLLOW (0x100): a walk must not leave the filesystem through a link.
        if (Libc.Statx(-100, path, 0x100, Libc.StatxBasicStats, buffer) != 0) return null;
        var statx = new ReadOnlySpan<byte>(buffer, 256);
        var device = new DeviceNumber(BinaryPrimitives.ReadUInt32LittleEndian(statx[136..]), BinaryPrimitives.ReadUInt32LittleEndian(statx[140..]));
        return (device, BinaryPrimitives.ReadInt64LittleEndian(statx[32..]));
    }
}
