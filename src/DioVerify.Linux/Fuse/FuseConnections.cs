namespace DioVerify.Linux.Fuse;

/// <summary>
/// The kernel's FUSE connections (<c>/sys/fs/fuse/connections/N</c>, N the minor device number of the FUSE
/// mount). Aborting one fails every request waiting for the server at once (ENOTCONN), so a loop device over
/// a dead or stuck FUSE disk, and every process in D state behind it, gets an answer.
/// </summary>
public static class FuseConnections
{
    private const string Root = "/sys/fs/fuse/connections";

    /// <summary>Whether connection <paramref name="id"/> still exists (the control filesystem is mounted when needed).</summary>
    public static bool Exists(int id) => EnsureControlFileSystem() && Directory.Exists(Path.Combine(Root, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Aborts connection <paramref name="id"/>; false when it no longer exists.</summary>
    public static bool Abort(int id)
    {
        if (!Exists(id)) return false;
        try
        {
            File.WriteAllText(Path.Combine(Root, id.ToString(System.Globalization.CultureInfo.InvariantCulture), "abort"), "1");
            return true;
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            return false; // gone meanwhile
        }
    }

    /// <summary>
    /// Mounts fusectl on <c>/sys/fs/fuse/connections</c> when it is not (systemd mounts it at boot on most
    /// systems; a bare machine may not have it). It stays mounted: it holds nothing and other tools expect it.
    /// </summary>
    private static bool EnsureControlFileSystem()
    {
        if (MountTable.Read().Any(entry => entry.FileSystemType == "fusectl" && entry.MountPoint == Root)) return true;
        if (!Directory.Exists(Root)) return false;
        if (Libc.Mount("fusectl", Root, "fusectl", 0, "") == 0) return true;
        throw HostException.FromErrno($"mount fusectl on {Root}", Libc.Errno);
    }
}
