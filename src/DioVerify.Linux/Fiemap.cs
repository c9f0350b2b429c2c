using System.Runtime.InteropServices;

namespace DioVerify.Linux;

/// <summary>
/// The <c>FS_IOC_FIEMAP</c> ioctl: a file's extent map (file offset → device byte), which is how a recording
/// maps the device sectors of BIOs back to file offsets. ext4, xfs and btrfs support it.
/// </summary>
public static unsafe class Fiemap
{
    // _IOWR('f', 11, struct fiemap): dir 3 << 30, size 32 << 16, type 'f' << 8, nr 11.
    private const nuint FsIocFiemap = 0xC020660B;
    private const uint ExtentLast = 0x1;
    private const int Batch = 256;

    [StructLayout(LayoutKind.Sequential)]
    private struct Header
    {
        public ulong Start;
        public ulong Length;
        public uint Flags;
        public uint MappedExtents;
        public uint ExtentCount;
        public uint Reserved;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Extent
    {
        public ulong Logical;
        public ulong Physical;
        public ulong Length;
        public ulong Reserved0;
        public ulong Reserved1;
        public uint Flags;
        public uint Reserved2;
        public uint Reserved3;
        public uint Reserved4;
    }

    /// <summary>Every extent of the file at <paramref name="path"/>, in file order. Throws <see cref="HostException"/> when it cannot be read.</summary>
    public static IReadOnlyList<FileExtent> Read(string path)
    {
        var fd = Libc.Open(path, Libc.ORdonly | Libc.OCloexec, 0);
        if (fd < 0) throw HostException.FromErrno($"open {path}", Libc.Errno);
        try
        {
            return Read(fd, path);
        }
        finally
        {
            Libc.Close(fd);
        }
    }

    private static List<FileExtent> Read(int fd, string path)
    {
        var extents = new List<FileExtent>();
        var size = sizeof(Header) + (Batch * sizeof(Extent));
        var memory = NativeMemory.AllocZeroed((nuint)size);
        try
        {
            ulong start = 0;
            while (true)
            {
                NativeMemory.Clear(memory, (nuint)size);
                var header = (Header*)memory;
                header->Start = start;
                header->Length = ulong.MaxValue - start;
                header->ExtentCount = Batch;
                if (Libc.Ioctl(fd, FsIocFiemap, memory) != 0) throw HostException.FromErrno($"FIEMAP {path}", Libc.Errno);
                var mapped = header->MappedExtents;
                if (mapped == 0) return extents;
                var batch = (Extent*)((byte*)memory + sizeof(Header));
                for (var i = 0; i < mapped; i++)
                {
                    var e = batch[i];
                    extents.Add(new FileExtent((long)e.Logical, (long)e.Physical, (long)e.Length, e.Flags));
                    if ((e.Flags & ExtentLast) != 0) return extents;
                }
                var last = batch[mapped - 1];
                start = last.Logical + last.Length;
            }
        }
        finally
        {
            NativeMemory.Free(memory);
        }
    }
}
