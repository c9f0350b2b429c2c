using DioVerify.Linux;

namespace DioVerify.Audit.Tests.Linux;

/// <summary><see cref="MountTable"/> reads mountinfo as the kernel writes it: optional fields, octal escapes, the device number.</summary>
public sealed class MountTableTests
{
    [Fact]
    public void A_mount_point_with_spaces_and_optional_fields_is_read_back_whole()
    {
        var entries = MountTable.Parse(
        [
            @"44 27 0:40 / /tmp/a\040b/dioverify-kernel-1.2-abcdef/device rw,nosuid,nodev,relatime shared:5 master:1 - fuse.dioverify dioverify rw,user_id=0",
            "43 27 7:1 / /tmp/x/mnt rw,relatime - ext4 /dev/loop1 rw",
            "garbage line",
        ]);

        Assert.Equal(
            [
                new MountEntry("/tmp/a b/dioverify-kernel-1.2-abcdef/device", "fuse.dioverify", "dioverify", 0, 40),
                new MountEntry("/tmp/x/mnt", "ext4", "/dev/loop1", 7, 1),
            ],
            entries);
    }

    [Fact]
    public void This_process_sees_its_root_mounted() => Assert.Contains(MountTable.Read(), entry => entry.MountPoint == "/");
}
