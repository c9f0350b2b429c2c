namespace DioVerify.Linux;

/// <summary>A block device mounted on a directory; disposing unmounts it, lazily if something still holds it.</summary>
public sealed class Mount : IDisposable
{
    private bool mounted = true;

    private Mount(string target) => Target = target;

    public string Target { get; }

    public static Mount Attach(string device, string fileSystem, string target, CancellationToken cancellation, string? options = null)
    {
        HostTool.Run("mount", ["-t", fileSystem, .. options is null ? Array.Empty<string>() : ["-o", options], device, target], cancellation);
        return new Mount(target);
    }

    public void Dispose()
    {
        if (!mounted) return;
        mounted = false;
        if (Libc.Umount2(Target, 0) == 0) return;
        var errno = Libc.Errno;
        if (Libc.Umount2(Target, Libc.MntDetach) != 0) throw HostException.FromErrno($"umount {Target}", errno);
    }
}
