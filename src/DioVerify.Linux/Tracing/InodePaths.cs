namespace DioVerify.Linux.Tracing;

/// <summary>
/// Finds a path for each of some inode numbers of one filesystem, by walking its mount points (from
/// <c>/proc/self/mountinfo</c>) without leaving the filesystem. Trace events name a file only by device
/// and inode; FIEMAP needs an open file.
/// </summary>
public static class InodePaths
{
    /// <summary>A path for each inode of <paramref name="inodes"/> found on <paramref name="device"/>; inodes not found (deleted, unmounted) are absent.</summary>
    public static IReadOnlyDictionary<long, string> Find(DeviceNumber device, IReadOnlyCollection<long> inodes)
    {
        var found = new Dictionary<long, string>();
        var wanted = new HashSet<long>(inodes);
        foreach (var root in MountPoints(device))
        {
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0 && found.Count < wanted.Count)
            {
                var dir = pending.Pop();
                IEnumerable<string> entries;
                try
                {
                    entries = Directory.EnumerateFileSystemEntries(dir).ToList();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    continue;
                }
                foreach (var entry in entries)
                {
                    if (DeviceNumber.OfFile(entry) is not { } id || id.Device != device) continue;
                    if (wanted.Contains(id.Inode)) found.TryAdd(id.Inode, entry);
                    if (Directory.Exists(entry) && !new FileInfo(entry).Attributes.HasFlag(FileAttributes.ReparsePoint)) pending.Push(entry);
                }
            }
        }
        return found;
    }

    /// <summary>Where the filesystem on <paramref name="device"/> is mounted (field 3 of mountinfo is major:minor, field 5 the mount point).</summary>
    private static IEnumerable<string> MountPoints(DeviceNumber device)
    {
        var key = device.ToString();
        return File.ReadLines("/proc/self/mountinfo")
            .Select(line => line.Split(' '))
            .Where(f => f.Length > 4 && f[2] == key && f[3] == "/")
            .Select(f => f[4].Replace("\\040", " ", StringComparison.Ordinal))
            .Distinct();
    }
}
