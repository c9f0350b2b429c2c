namespace DioVerify.Linux;

/// <summary>A block device mounted on a directory; disposing unmounts it, lazily if something still holds it.</summary>
public sealed class Mount : IDisposable
{
    private bool mounted = true;

    private Mount(string target) => Target = target;

    public string Target { get; }

    /// <summary>
    /// Mounts <paramref name="device"/> at <paramref name="target"/>, all or nothing: <c>mount</c> runs in its own
    /// session and is never killed midway (<paramref name="cancellation"/> is left for the caller's next step), and
    /// if it fails after all, whatever it left mounted at <paramref name="target"/> is unmounted.
    /// </summary>
    public static Mount Attach(string device, string fileSystem, string target, CancellationToken cancellation, string? options = null)
    {
        _ = cancellation;
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        try
        {
            HostTool.Run("mount", ["-t", fileSystem, .. options is null ? Array.Empty<string>() : ["-o", options], device, full], CancellationToken.None);
        }
        catch
        {
            if (MountTable.IsMountPoint(full)) Unmount(full);
            throw;
        }

        return new Mount(full);
    }

    public void Dispose()
    {
        if (!mounted) return;
        mounted = false;
        Unmount(Target);
    }

    /// <summary>Unmounts <paramref name="target"/>, or detaches it lazily when busy (the kernel finishes once the last user lets go).</summary>
    internal static void Unmount(string target)
    {
        if (Libc.Umount2(target, 0) == 0) return;
        var errno = Libc.Errno;
        if (Libc.Umount2(target, Libc.MntDetach) != 0) throw HostException.FromErrno($"umount {target}", errno);
    }
}
