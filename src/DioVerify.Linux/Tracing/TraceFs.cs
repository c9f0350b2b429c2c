namespace DioVerify.Linux.Tracing;

/// <summary>
/// Where tracefs is mounted, mounting it on <c>/sys/kernel/tracing</c> when it is not; disposing unmounts it
/// again only if this object mounted it, so the machine is left as found.
/// </summary>
public sealed class TraceFs : IDisposable
{
    public const string DefaultRoot = "/sys/kernel/tracing";

    private bool mountedHere;

    private TraceFs(string root, bool mounted)
    {
        Root = root;
        mountedHere = mounted;
    }

    /// <summary>The tracefs mount point, e.g. <c>/sys/kernel/tracing</c>.</summary>
    public string Root { get; }

    /// <summary>Whether this recording had to mount tracefs (it unmounts it when done).</summary>
    public bool MountedHere => mountedHere;

    /// <summary>The existing tracefs mount, if any (from <c>/proc/self/mounts</c>; the default path first).</summary>
    public static string? Find()
    {
        var mounts = File.ReadAllLines("/proc/self/mounts")
            .Select(line => line.Split(' '))
            .Where(f => f.Length > 2 && f[2] == "tracefs")
            .Select(f => f[1].Replace("\\040", " ", StringComparison.Ordinal))
            .ToList();
        return mounts.Contains(DefaultRoot) ? DefaultRoot : mounts.FirstOrDefault();
    }

    /// <summary>Finds tracefs or mounts it. Throws <see cref="HostException"/> when it can be neither found nor mounted.</summary>
    public static TraceFs Open()
    {
        if (Find() is { } root) return new TraceFs(root, mounted: false);
        if (!Directory.Exists(DefaultRoot)) throw new HostException($"no tracefs: {DefaultRoot} does not exist (a kernel without CONFIG_TRACING?)");
        if (Libc.Mount("nodev", DefaultRoot, "tracefs", Libc.MsNosuid | Libc.MsNodev, "") != 0)
            throw HostException.FromErrno($"mount -t tracefs nodev {DefaultRoot}", Libc.Errno);
        return new TraceFs(DefaultRoot, mounted: true);
    }

    public void Dispose()
    {
        if (!mountedHere) return;
        mountedHere = false;
        if (Libc.Umount2(Root, 0) == 0) return;
        var errno = Libc.Errno;
        if (Libc.Umount2(Root, Libc.MntDetach) != 0) throw HostException.FromErrno($"umount {Root}", errno);
    }
}
