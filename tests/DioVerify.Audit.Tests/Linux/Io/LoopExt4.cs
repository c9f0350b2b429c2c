using DioVerify.Linux;

namespace DioVerify.Audit.Tests.Linux.Io;

/// <summary>
/// An ext4 filesystem on a loop device over a sparse file, mounted in a private temporary directory: real block
/// storage for O_DIRECT (tmpfs has no direct I/O), shared by the tests of one class and released after them.
/// </summary>
public class LoopExt4 : IDisposable
{
    private const long ImageBytes = 64L * 1024 * 1024;

    private readonly Teardown teardown = new();

    public LoopExt4()
        : this(512)
    {
    }

    protected LoopExt4(int logicalSectorSize)
    {
        if (SkipReason is not null) return;
        try
        {
            var work = Directory.CreateTempSubdirectory("dioverify-io-test-").FullName;
            teardown.Add($"remove {work}", () => Directory.Delete(work, recursive: true));
            var image = Path.Combine(work, "ext4.img");
            using (var file = File.Create(image)) file.SetLength(ImageBytes);
            var loop = teardown.Add("detach the loop device", LoopDevice.Attach(image, CancellationToken.None, logicalSectorSize));
            HostTool.Run("mkfs.ext4", ["-q", "-F", "-b", "4096", loop.Path]);
            MountPoint = Directory.CreateDirectory(Path.Combine(work, "mnt")).FullName;
            teardown.Add("unmount ext4", Mount.Attach(loop.Path, "ext4", MountPoint, CancellationToken.None));
        }
        catch
        {
            teardown.Dispose();
            throw;
        }
    }

    /// <summary>Why these tests cannot run here (not root, no loop devices, no mkfs.ext4), or null.</summary>
    public static string? SkipReason { get; } = !OperatingSystem.IsLinux() ? "O_DIRECT on a loop device needs Linux"
        : !Privileges.IsRoot ? "needs root to attach a loop device and mount ext4"
        : !File.Exists("/dev/loop-control") ? "no loop devices on this kernel"
        : !HostTool.Exists("losetup") || !HostTool.Exists("mkfs.ext4") ? "needs losetup and mkfs.ext4 (util-linux, e2fsprogs)"
        : null;

    public string MountPoint { get; } = "";

    /// <summary>A new file on the filesystem, opened with O_DIRECT.</summary>
    public DirectFile NewFile() => DirectFile.Open(Path.Combine(MountPoint, Guid.NewGuid().ToString("N")), create: true);

    public void Dispose()
    {
        teardown.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same ext4, on a loop device with 4096-byte logical sectors, as on 4Kn disks.</summary>
public sealed class LoopExt4With4KiBSectors : LoopExt4
{
    public LoopExt4With4KiBSectors()
        : base(4096)
    {
    }
}

/// <summary>A fact that needs <see cref="LoopExt4"/>; skipped with the reason where it cannot be built.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TheoryWhenLoopExt4Attribute : TheoryAttribute
{
    public TheoryWhenLoopExt4Attribute()
    {
        if (LoopExt4.SkipReason is { } reason) Skip = reason;
    }
}
