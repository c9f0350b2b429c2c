namespace DioVerify.Linux;

/// <summary>A loop block device attached to an image file; disposing detaches it (this machine has eight, so each one is given back).</summary>
public sealed class LoopDevice : IDisposable
{
    private bool attached = true;

    private LoopDevice(string path) => Path = path;

    /// <summary>The device node, e.g. <c>/dev/loop3</c>.</summary>
    public string Path { get; }

    /// <summary>
    /// Attaches with direct I/O on the backing file: the loop driver then submits each request asynchronously
    /// and goes on to the next, so requests are in flight together and may complete in any order, as BIOs do.
    /// </summary>
    /// <param name="sectorSize">The device's logical sector size (512, or 4096 as on 4Kn disks).</param>
    public static LoopDevice Attach(string image, CancellationToken cancellation, int sectorSize = 512)
    {
        var device = HostTool.Run("losetup", ["--find", "--show", "--direct-io=on", "--sector-size", sectorSize.ToString(System.Globalization.CultureInfo.InvariantCulture), image], cancellation).Trim();
        if (!device.StartsWith("/dev/loop", StringComparison.Ordinal)) throw new HostException($"losetup attached {image} to \"{device}\", not a loop device");
        return new LoopDevice(device);
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
        HostTool.Run("losetup", ["--detach", Path]);
    }
}
