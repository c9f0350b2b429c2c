namespace DioVerify.Audit.Kernel;

/// <summary>
/// A filesystem variant the kernel audit formats on a fresh loop device: its name, the kernel type it mounts as,
/// image size, mkfs command, mount options, whether the audited file is NOCOW, the kernel rule file that models
/// its direct-write path, and what that path is.
/// </summary>
public sealed record KernelFileSystem(
    string Name,
    string Type,
    long ImageBytes,
    string MkfsProgram,
    IReadOnlyList<string> MkfsOptions,
    string? MountOptions,
    bool Nocow,
    string Rule,
    string Label)
{
    private const long MiB = 1024 * 1024;

    /// <summary>
    /// 4 KiB blocks everywhere and no discard (the image is a FUSE file: discard would only be refused).
    /// ext2/ext4 initialise their inode tables at mkfs time, so no background writer runs during the audit;
    /// mkfs.xfs insists on 300 MB and mkfs.btrfs on about 110 MB. ext4 without extents also needs ^64bit
    /// (mkfs refuses a 64-bit filesystem with block maps). btrfs checksums default files, and since 6.15-era
    /// kernels ("btrfs: always fallback to buffered write if the inode requires checksum") their O_DIRECT
    /// writes are buffered writes plus a flush; only a NOCOW file (<c>chattr +C</c> while empty) takes the
    /// real direct-I/O path. vfat still uses the legacy <c>fs/direct-io.c</c>.
    /// </summary>
    public static IReadOnlyList<KernelFileSystem> All { get; } =
    [
        new("ext2", "ext2", 64 * MiB, "mkfs.ext2", ["-q", "-F", "-b", "4096", "-E", "nodiscard,lazy_itable_init=0"], null, false,
            KernelRules.LegacyDirectIo, "direct I/O, block-mapped, no journal"),
        new("ext4", "ext4", 64 * MiB, "mkfs.ext4", ["-q", "-F", "-b", "4096", "-E", "nodiscard,lazy_itable_init=0,lazy_journal_init=0"], null, false,
            KernelRules.IomapExt4, "iomap direct I/O, extents"),
        new("ext4-noextent", "ext4", 64 * MiB, "mkfs.ext4", ["-q", "-F", "-b", "4096", "-O", "^extent,^64bit", "-E", "nodiscard,lazy_itable_init=0,lazy_journal_init=0"], null, false,
            KernelRules.IomapExt4, "iomap direct I/O, block maps: holes fall back to buffered"),
        new("xfs", "xfs", 320 * MiB, "mkfs.xfs", ["-q", "-f", "-K", "-b", "size=4096"], null, false,
            KernelRules.IomapXfs, "iomap direct I/O"),
        new("btrfs", "btrfs", 128 * MiB, "mkfs.btrfs", ["-q", "-f", "-K", "-s", "4096"], null, false,
            KernelRules.BtrfsBufferedFallback, "checksummed: O_DIRECT falls back to buffered + flush"),
        new("btrfs-nocow", "btrfs", 128 * MiB, "mkfs.btrfs", ["-q", "-f", "-K", "-s", "4096"], null, true,
            KernelRules.BtrfsNocow, "NOCOW file: the real direct-I/O path"),
        new("vfat", "vfat", 64 * MiB, "mkfs.vfat", ["-S", "4096"], null, false,
            KernelRules.LegacyDirectIo, "legacy fs/direct-io.c"),
    ];

    public static KernelFileSystem? Find(string name) => All.FirstOrDefault(fs => fs.Name == name);

    public static string Names => string.Join(", ", All.Select(fs => fs.Name));

    /// <summary>Why this variant cannot run here (its mkfs is missing, or the kernel has no driver for its type), or null.</summary>
    public string? Unavailable()
    {
        if (!Linux.HostTool.Exists(MkfsProgram)) return $"no {MkfsProgram} on this machine";
        var types = File.Exists("/proc/filesystems") ? File.ReadAllLines("/proc/filesystems").Select(line => line.Split('\t').Last().Trim()) : [];
        return types.Contains(Type) ? null : $"this kernel has no {Type} driver (not in /proc/filesystems)";
    }
}
