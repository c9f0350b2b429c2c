namespace DioVerify.Audit.Kernel;

/// <summary>A filesystem the kernel audit formats on a fresh loop device: its name, image size and mkfs command.</summary>
public sealed record KernelFileSystem(string Name, long ImageBytes, string MkfsProgram, IReadOnlyList<string> MkfsOptions)
{
    private const long MiB = 1024 * 1024;

    /// <summary>
    /// 4 KiB blocks everywhere and no discard (the image is a FUSE file: discard would only be refused).
    /// ext4 initialises its inode tables at mkfs time, so no background writer runs during the audit;
    /// mkfs.xfs insists on 300 MB and mkfs.btrfs on about 110 MB.
    /// </summary>
    public static IReadOnlyList<KernelFileSystem> All { get; } =
    [
        new("ext4", 64 * MiB, "mkfs.ext4", ["-q", "-F", "-b", "4096", "-E", "nodiscard,lazy_itable_init=0,lazy_journal_init=0"]),
        new("xfs", 320 * MiB, "mkfs.xfs", ["-q", "-f", "-K", "-b", "size=4096"]),
        new("btrfs", 128 * MiB, "mkfs.btrfs", ["-q", "-f", "-K", "-s", "4096"]),
    ];

    public static KernelFileSystem? Find(string name) => All.FirstOrDefault(fs => fs.Name == name);

    public static string Names => string.Join(", ", All.Select(fs => fs.Name));
}
