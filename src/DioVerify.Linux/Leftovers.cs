using DioVerify.Linux.Fuse;

namespace DioVerify.Linux;

/// <summary>
/// Finds and releases what earlier runs that were killed (SIGKILL, a crash, a power-cut of the terminal) left
/// on this machine: mounts, loop devices, FUSE connections and work directories under a
/// <see cref="WorkDirectory"/> of the given prefix — only directories owned by this user whose owning process
/// is gone (or dying: see <see cref="RunOwner.IsAlive"/>); a concurrent run's are never touched.
/// </summary>
/// <remarks>
/// Everything is found without blocking on a stuck device: mounts from <c>/proc/self/mountinfo</c>, loop
/// devices from <c>/sys/block/loop*/loop/backing_file</c> (not <c>losetup -a</c>, which waits on a device in D
/// state), and the work directories from their names. The order matters: abort the FUSE connection first, so
/// that I/O waiting for the dead server fails at once and nothing below it stays stuck; then unmount the
/// filesystems, detach the loop devices (by backing file, while the FUSE path still names it), unmount the
/// FUSE disk, and remove the directory once nothing is mounted under it.
/// </remarks>
public static class Leftovers
{
    private const string FuseType = "fuse.dioverify";

    /// <summary>Releases every dead run's leftovers and returns one line per work directory saying what was done.</summary>
    public static IReadOnlyList<string> Reclaim(string prefix)
    {
        var directories = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in MountTable.Read())
        {
            if (WorkDirectory.Containing(entry.MountPoint, prefix) is { } dir) directories.Add(dir);
        }

        foreach (var (_, backing) in LoopDevice.Attached())
        {
            if (WorkDirectory.Containing(backing, prefix) is { } dir) directories.Add(dir);
        }

        var temp = Path.TrimEndingDirectorySeparator(Path.GetTempPath());
        if (Directory.Exists(temp))
        {
            foreach (var dir in Directory.EnumerateDirectories(temp, prefix + "*"))
            {
                if (WorkDirectory.OwnerOf(Path.GetFileName(dir), prefix) is not null) directories.Add(dir);
            }
        }

        var lines = new List<string>();
        foreach (var dir in directories)
        {
            if (WorkDirectory.OwnerOf(Path.GetFileName(dir), prefix) is not { } owner || owner.IsAlive() || !OwnedByMe(dir)) continue;
            lines.Add($"reclaimed what run {owner.Pid} (no longer running) left in {dir}: {string.Join("; ", ReclaimOne(dir))}");
        }

        return lines;
    }

    private static List<string> ReclaimOne(string dir)
    {
        var done = new List<string>();
        var inside = MountTable.Read().Where(entry => entry.MountPoint.StartsWith(dir + "/", StringComparison.Ordinal)).ToList();
        var fuse = inside.Where(entry => entry.FileSystemType == FuseType).ToList();
        foreach (var entry in fuse) Step(done, $"aborted FUSE connection {entry.Minor}", () => FuseConnections.Abort(entry.Minor));
        foreach (var entry in inside.Except(fuse).OrderByDescending(entry => entry.MountPoint.Length))
        {
            Step(done, $"unmounted {entry.MountPoint} ({entry.FileSystemType})", () => Mount.Unmount(entry.MountPoint));
        }

        foreach (var (device, backing) in LoopDevice.Attached().Where(loop => loop.BackingFile.StartsWith(dir + "/", StringComparison.Ordinal)))
        {
            Step(done, $"detached {device}", () => LoopDevice.DetachAllBackedBy(backing));
        }

        foreach (var entry in fuse) Step(done, $"unmounted the FUSE disk {entry.MountPoint}", () => Mount.Unmount(entry.MountPoint));

        // Never delete recursively through a mount: only once nothing is mounted below the directory.
        if (MountTable.Read().Any(entry => entry.MountPoint.StartsWith(dir + "/", StringComparison.Ordinal))) done.Add($"kept {dir}: still mounted below it");
        else Step(done, $"removed {dir}", () => Directory.Delete(dir, recursive: true));
        return done;
    }

    private static void Step(List<string> done, string what, Action action)
    {
        try
        {
            action();
            done.Add(what);
        }
        catch (Exception e) when (e is HostException or IOException or UnauthorizedAccessException)
        {
            done.Add($"could not: {what} ({e.Message})");
        }
    }

    private static void Step(List<string> done, string what, Func<bool> action)
    {
        var did = false;
        Step(done, what, () => { did = action(); });
        if (!did && done[^1] == what) done[^1] = $"{what} (already gone)";
    }

    /// <summary>A real directory (not a symbolic link someone planted) owned by this process's user.</summary>
    private static unsafe bool OwnedByMe(string dir)
    {
        var buffer = stackalloc byte[256];
        if (Libc.Statx(Libc.AtFdCwd, dir, Libc.AtSymlinkNofollow, Libc.StatxBasicStats, buffer) != 0) return false;
        var uid = *(uint*)(buffer + 20);
        var mode = *(ushort*)(buffer + 28);
        return (mode & 0xF000) == 0x4000 && uid == Libc.GetEUid();
    }
}
