namespace DioVerify.Linux;

/// <summary>A loop block device attached to an image file; disposing detaches it (this machine has eight, so each one is given back).</summary>
public sealed class LoopDevice : IDisposable
{
    /// <summary><c>LOOP_CLR_FD</c> from linux/loop.h.</summary>
    private const nuint ClearFd = 0x4C01;

    private bool attached = true;

    private LoopDevice(string path, string backingFile)
    {
        Path = path;
        BackingFile = backingFile;
    }

    /// <summary>The device node, e.g. <c>/dev/loop3</c>.</summary>
    public string Path { get; }

    /// <summary>The image it reads and writes.</summary>
    public string BackingFile { get; }

    /// <summary>
    /// Attaches with direct I/O on the backing file: the loop driver then submits each request asynchronously
    /// and goes on to the next, so requests are in flight together and may complete in any order, as BIOs do.
    /// </summary>
    /// <remarks>
    /// All or nothing, whatever signal arrives: <c>losetup</c> runs in its own session (a terminal's Ctrl-C does
    /// not reach it) and is never killed midway, even when <paramref name="cancellation"/> fires meanwhile — the
    /// device is returned for the caller to release, and the caller's next cancellable step stops. If
    /// <c>losetup</c> fails after all, any device it left on <paramref name="image"/> is found by its backing
    /// file and detached. A SIGKILL in between is what <see cref="Leftovers"/> reclaims on the next start.
    /// </remarks>
    /// <param name="image">The backing file.</param>
    /// <param name="cancellation">Not honoured midway (see remarks): the caller's next step stops.</param>
    /// <param name="logicalSectorSize">The device's logical sector size, 512 or 4096 (<c>losetup --sector-size</c>): O_DIRECT alignment follows it.</param>
    public static LoopDevice Attach(string image, CancellationToken cancellation, int logicalSectorSize = 512)
    {
        _ = cancellation;
        if (logicalSectorSize is not (512 or 1024 or 2048 or 4096)) throw new ArgumentOutOfRangeException(nameof(logicalSectorSize), logicalSectorSize, "a loop device's sector is 512, 1024, 2048 or 4096 bytes");
        var backing = System.IO.Path.GetFullPath(image);
        string device;
        try
        {
            List<string> arguments = ["--find", "--show", "--direct-io=on", backing];
            if (logicalSectorSize != 512) arguments.InsertRange(0, ["--sector-size", logicalSectorSize.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            device = HostTool.Run("losetup", arguments, CancellationToken.None).Trim();
        }
        catch
        {
            DetachAllBackedBy(backing);
            throw;
        }

        if (!device.StartsWith("/dev/loop", StringComparison.Ordinal))
        {
            DetachAllBackedBy(backing);
            throw new HostException($"losetup attached {image} to \"{device}\", not a loop device");
        }

        return new LoopDevice(device, backing);
    }

    /// <summary>
    /// Every attached loop device and its backing file, from <c>/sys/block/loop*/loop/backing_file</c>: unlike
    /// <c>losetup -a</c>, reading it takes no lock a device stuck in I/O holds, so it never hangs.
    /// </summary>
    public static IReadOnlyList<(string Device, string BackingFile)> Attached()
    {
        var attached = new List<(string, string)>();
        if (!Directory.Exists("/sys/block")) return attached;
        foreach (var block in Directory.EnumerateDirectories("/sys/block", "loop*"))
        {
            try
            {
                var backing = File.ReadAllText(System.IO.Path.Combine(block, "loop", "backing_file")).TrimEnd('\n');
                attached.Add(($"/dev/{System.IO.Path.GetFileName(block)}", backing));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not attached (no loop/ directory), or detached while being read.
            }
        }

        return attached;
    }

    /// <summary>Detaches every loop device whose backing file is <paramref name="backingFile"/>; returns the devices.</summary>
    public static IReadOnlyList<string> DetachAllBackedBy(string backingFile)
    {
        var devices = Attached().Where(loop => loop.BackingFile == backingFile).Select(loop => loop.Device).ToList();
        foreach (var device in devices) Detach(device);
        return devices;
    }

    /// <summary>
    /// Caps each request the loop device sends to its backing file. The loop driver completes a short write
    /// to the backing file as success, so a request bigger than one FUSE WRITE whose second WRITE fails
    /// would lose data silently; with requests no bigger than one WRITE, a refused WRITE fails its request.
    /// </summary>
    public void LimitRequestBytes(int bytes) =>
        File.WriteAllText($"/sys/block/{System.IO.Path.GetFileName(Path)}/queue/max_sectors_kb", (bytes / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void Dispose()
    {
        if (!attached) return;
        attached = false;
        Detach(Path);
    }

    /// <summary>
    /// <c>LOOP_CLR_FD</c>, in this process rather than through <c>losetup --detach</c>: no child for a Ctrl-C to kill
    /// halfway. Since Linux 5.x the kernel marks a device still open elsewhere (a lazily unmounted filesystem)
    /// for autoclear and detaches it on its last close, so this never fails for being busy.
    /// </summary>
    private static unsafe void Detach(string device)
    {
        var fd = Libc.Open(device, Libc.ORdonly | Libc.OCloexec, 0);
        if (fd < 0) throw HostException.FromErrno($"open {device} to detach it", Libc.Errno);
        try
        {
            // ENXIO: nothing attached any more (the kernel already cleared it).
            if (Libc.Ioctl(fd, ClearFd, null) != 0 && Libc.Errno is var errno && errno != Errno.ENXIO) throw HostException.FromErrno($"detach {device}", errno);
        }
        finally
        {
            Libc.Close(fd);
        }
    }
}
