using System.Buffers.Binary;
using System.Text;

namespace DioVerify.Linux.Fuse;

/// <summary>
/// A FUSE filesystem holding one file, served by this process over <c>/dev/fuse</c>. It speaks the kernel's
/// protocol directly (linux/fuse.h) rather than through libfuse3: a single-file filesystem needs a dozen
/// requests, and owning the loop means no native dependency, no signal handlers fighting .NET's, and a
/// WRITE hook that sees every payload before it is stored — the place where the audit injects EIO.
/// </summary>
public sealed class FuseServer : IDisposable
{
    /// <summary>The protocol minor we implement; the kernel adapts to an older userspace.</summary>
    private const uint ProtocolMinor = 31;

    /// <summary>The largest WRITE the kernel sends; <see cref="LoopDevice.LimitRequestBytes"/> keeps loop requests within it.</summary>
    public const int MaxWrite = 128 * 1024;
    private const int InHeaderSize = 40;
    private const int OutHeaderSize = 16;
    private const ulong RootNode = 1;
    private const ulong FileNode = 2;
    private const uint BigWrites = 1 << 5;
    /// <summary>Lets the kernel keep several direct WRITEs in flight, so a held-back one completes after later ones.</summary>
    private const uint AsyncDio = 1 << 15;
    private const uint OpenDirectIo = 1;
    private const int ServingThreads = 4;

    private readonly string fileName;
    private readonly SparseImage image;
    private readonly IWriteInterceptor interceptor;
    private readonly uint offered;
    private readonly List<Thread> threads = [];
    private int fd;
    private bool mounted;
    private long failedWrites;
    private long storedWrites;

    private FuseServer(string mountPoint, string fileName, SparseImage image, IWriteInterceptor interceptor, bool asyncDirectIo)
    {
        offered = asyncDirectIo ? BigWrites | AsyncDio : BigWrites;
        MountPoint = mountPoint;
        this.fileName = fileName;
        this.image = image;
        this.interceptor = interceptor;
    }

    public string MountPoint { get; }

    /// <summary>The kernel's number for this FUSE connection (<see cref="FuseConnections"/>).</summary>
    public int ConnectionId { get; private set; } = -1;

    /// <summary>The path of the one file, as the rest of the system sees it.</summary>
    public string FilePath => Path.Combine(MountPoint, fileName);

    /// <summary>WRITEs answered with EIO so far.</summary>
    public long FailedWrites => Interlocked.Read(ref failedWrites);

    /// <summary>WRITEs stored so far.</summary>
    public long StoredWrites => Interlocked.Read(ref storedWrites);

    /// <summary>Mounts a filesystem at <paramref name="mountPoint"/> whose only file, <paramref name="fileName"/>, is <paramref name="image"/>.</summary>
    /// <param name="asyncDirectIo">Offer FUSE_ASYNC_DIO. Without it each direct WRITE is waited for in turn, and a short
    /// answer reaches the caller as a short count (with it, the kernel turns a short asynchronous write into EIO).</param>
    public static FuseServer Mount(string mountPoint, string fileName, SparseImage image, IWriteInterceptor interceptor, bool asyncDirectIo = true)
    {
        var server = new FuseServer(mountPoint, fileName, image, interceptor, asyncDirectIo);
        server.fd = Libc.Open("/dev/fuse", Libc.ORdwr | Libc.OCloexec, 0);
        if (server.fd < 0) throw HostException.FromErrno("open /dev/fuse", Libc.Errno);
        try
        {
            var options = $"fd={server.fd},rootmode=40000,user_id=0,group_id=0,allow_other";
            if (Libc.Mount("dioverify", mountPoint, "fuse.dioverify", Libc.MsNosuid | Libc.MsNodev, options) != 0)
            {
                throw HostException.FromErrno($"mount FUSE at {mountPoint}", Libc.Errno);
            }

            server.mounted = true;

            // From mountinfo, not stat: a stat of the mount point would wait for a server not yet serving.
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(mountPoint));
            server.ConnectionId = MountTable.Read().LastOrDefault(entry => entry.MountPoint == full && entry.FileSystemType == "fuse.dioverify")?.Minor ?? -1;
            for (var i = 0; i < ServingThreads; i++)
            {
                var thread = new Thread(server.Serve) { IsBackground = true, Name = $"fuse-{i}" };
                server.threads.Add(thread);
                thread.Start();
            }

            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Unmounts and stops serving. If something still holds the file (a loop device whose detach waits for a
    /// lazily unmounted filesystem), the connection is aborted first, so that nothing it still sends can wait
    /// for an answer once this process stops serving, and then unmounted lazily.
    /// </summary>
    public void Dispose()
    {
        try
        {
            if (mounted)
            {
                mounted = false;
                if (Libc.Umount2(MountPoint, 0) != 0)
                {
                    try
                    {
                        if (ConnectionId >= 0) FuseConnections.Abort(ConnectionId);
                    }
                    finally
                    {
                        Libc.Umount2(MountPoint, Libc.MntDetach);
                    }
                }
            }
        }
        finally
        {
            // After the unmount every read of /dev/fuse fails with ENODEV and the serving threads return.
            foreach (var thread in threads) thread.Join(TimeSpan.FromSeconds(5));
            threads.Clear();
            if (fd >= 0)
            {
                Libc.Close(fd);
                fd = -1;
            }
        }
    }

    private unsafe void Serve()
    {
        var request = new byte[MaxWrite + 64 * 1024];
        var reply = new byte[MaxWrite + 4096];
        while (true)
        {
            nint length;
            fixed (byte* pointer = request) length = Libc.Read(fd, pointer, (nuint)request.Length);
            if (length < 0)
            {
                var errno = Libc.Errno;
                if (errno is Errno.EINTR or Errno.ENOENT) continue; // interrupted, or a request the kernel withdrew
                return; // ENODEV: unmounted
            }

            var header = request.AsSpan(0, (int)length);
            var opcode = (FuseOpcode)BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
            var unique = BinaryPrimitives.ReadUInt64LittleEndian(header[8..]);
            var node = BinaryPrimitives.ReadUInt64LittleEndian(header[16..]);
            var body = header[InHeaderSize..];
            if (opcode is FuseOpcode.Forget or FuseOpcode.BatchForget or FuseOpcode.Interrupt) continue; // no reply expected

            var (error, size) = Handle(opcode, node, body, reply.AsSpan(OutHeaderSize));
            Send(reply, unique, error, size);
            if (opcode == FuseOpcode.Destroy) return;
        }
    }

    private unsafe void Send(byte[] reply, ulong unique, int error, int size)
    {
        var total = OutHeaderSize + (error == 0 ? size : 0);
        BinaryPrimitives.WriteUInt32LittleEndian(reply, (uint)total);
        BinaryPrimitives.WriteInt32LittleEndian(reply.AsSpan(4), -error);
        BinaryPrimitives.WriteUInt64LittleEndian(reply.AsSpan(8), unique);

        // A failed reply means the request was interrupted or the filesystem is going away: nothing to do.
        fixed (byte* pointer = reply) Libc.Write(fd, pointer, (nuint)total);
    }

    /// <summary>Answers one request into <paramref name="output"/>: an errno (0 for success) and the reply's length.</summary>
    private (int Error, int Size) Handle(FuseOpcode opcode, ulong node, ReadOnlySpan<byte> body, Span<byte> output)
    {
        output.Clear();
        switch (opcode)
        {
            case FuseOpcode.Init:
                return Init(body, output);
            case FuseOpcode.Lookup:
                var name = Encoding.UTF8.GetString(body[..Math.Max(0, body.IndexOf((byte)0))]);
                if (node != RootNode || name != fileName) return (Errno.ENOENT, 0);
                BinaryPrimitives.WriteUInt64LittleEndian(output, FileNode);
                BinaryPrimitives.WriteUInt64LittleEndian(output[8..], 1);
                WriteAttributes(FileNode, output[40..]);
                return (0, 128);
            case FuseOpcode.GetAttr:
            case FuseOpcode.SetAttr:
                if (node is not (RootNode or FileNode)) return (Errno.ENOENT, 0);
                WriteAttributes(node, output[16..]);
                return (0, 104);
            case FuseOpcode.Open:
                BinaryPrimitives.WriteUInt64LittleEndian(output, 1);

                // Direct I/O on the image: no page cache in between, so a failed WRITE never leaves new data readable.
                BinaryPrimitives.WriteUInt32LittleEndian(output[8..], OpenDirectIo);
                return (0, 16);
            case FuseOpcode.OpenDir:
                BinaryPrimitives.WriteUInt64LittleEndian(output, 1);
                return (0, 16);
            case FuseOpcode.ReadDir:
                return (0, ReadDirectory(BinaryPrimitives.ReadInt64LittleEndian(body[8..]), output));
            case FuseOpcode.Read:
                var offset = BinaryPrimitives.ReadInt64LittleEndian(body[8..]);
                var count = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(body[16..]), (uint)output.Length);
                return (0, image.Read(offset, output[..count]));
            case FuseOpcode.Write:
                return Write(body, output);
            case FuseOpcode.StatFs:
                BinaryPrimitives.WriteUInt64LittleEndian(output, (ulong)(image.Length / 4096 + 1));
                BinaryPrimitives.WriteUInt32LittleEndian(output[40..], 4096);
                BinaryPrimitives.WriteUInt32LittleEndian(output[44..], 255);
                BinaryPrimitives.WriteUInt32LittleEndian(output[48..], 4096);
                return (0, 80);
            case FuseOpcode.Release:
            case FuseOpcode.ReleaseDir:
            case FuseOpcode.Flush:
            case FuseOpcode.FSync:
            case FuseOpcode.FSyncDir:
            case FuseOpcode.Access:
            case FuseOpcode.Destroy:
                return (0, 0);
            default:
                return (Errno.ENOSYS, 0);
        }
    }

    private (int Error, int Size) Init(ReadOnlySpan<byte> body, Span<byte> output)
    {
        var major = BinaryPrimitives.ReadUInt32LittleEndian(body);
        var minor = BinaryPrimitives.ReadUInt32LittleEndian(body[4..]);
        var flags = BinaryPrimitives.ReadUInt32LittleEndian(body[12..]);
        if (major != 7) return (Errno.EINVAL, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(output, 7);
        BinaryPrimitives.WriteUInt32LittleEndian(output[4..], Math.Min(minor, ProtocolMinor));
        BinaryPrimitives.WriteUInt32LittleEndian(output[8..], BinaryPrimitives.ReadUInt32LittleEndian(body[8..]));
        BinaryPrimitives.WriteUInt32LittleEndian(output[12..], flags & offered);
        BinaryPrimitives.WriteUInt16LittleEndian(output[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(output[18..], 12);
        BinaryPrimitives.WriteUInt32LittleEndian(output[20..], MaxWrite);
        BinaryPrimitives.WriteUInt32LittleEndian(output[24..], 1);
        return (0, 64);
    }

    private (int Error, int Size) Write(ReadOnlySpan<byte> body, Span<byte> output)
    {
        var offset = BinaryPrimitives.ReadInt64LittleEndian(body[8..]);
        var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(body[16..]);
        var payload = body.Slice(40, size);
        var answer = interceptor.Answer(offset, payload);
        if (answer < 0)
        {
            Interlocked.Increment(ref failedWrites);
            return (Errno.EIO, 0);
        }

        var written = image.Write(offset, payload[..Math.Min(answer, payload.Length)]);
        Interlocked.Increment(ref storedWrites);
        BinaryPrimitives.WriteUInt32LittleEndian(output, (uint)written);
        return (0, 8);
    }

    /// <summary><c>struct fuse_attr</c>: the root directory, or the image as a regular file.</summary>
    private void WriteAttributes(ulong node, Span<byte> attr)
    {
        var file = node == FileNode;
        BinaryPrimitives.WriteUInt64LittleEndian(attr, node);
        BinaryPrimitives.WriteUInt64LittleEndian(attr[8..], file ? (ulong)image.Length : 0);
        BinaryPrimitives.WriteUInt64LittleEndian(attr[16..], file ? (ulong)(image.Length / 512) : 0);
        BinaryPrimitives.WriteUInt32LittleEndian(attr[60..], file ? 0x81A4u : 0x41EDu); // S_IFREG|0644, S_IFDIR|0755
        BinaryPrimitives.WriteUInt32LittleEndian(attr[64..], file ? 1u : 2u);
        BinaryPrimitives.WriteUInt32LittleEndian(attr[80..], 4096);
    }

    /// <summary>Directory entries (<c>struct fuse_dirent</c>) from position <paramref name="from"/>: ".", "..", and the file.</summary>
    private int ReadDirectory(long from, Span<byte> output)
    {
        var entries = new[] { (RootNode, "."), (RootNode, ".."), (FileNode, fileName) };
        var size = 0;
        for (var i = (int)from; i < entries.Length; i++)
        {
            var (node, name) = entries[i];
            var bytes = Encoding.UTF8.GetBytes(name);
            var entry = output[size..];
            BinaryPrimitives.WriteUInt64LittleEndian(entry, node);
            BinaryPrimitives.WriteUInt64LittleEndian(entry[8..], (ulong)(i + 1));
            BinaryPrimitives.WriteUInt32LittleEndian(entry[16..], (uint)bytes.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[20..], node == FileNode ? 8u : 4u); // DT_REG, DT_DIR
            bytes.CopyTo(entry[24..]);
            size += (24 + bytes.Length + 7) & ~7;
        }

        return size;
    }
}
