namespace DioVerify.Linux;

/// <summary>What the kernel audit needs from this machine, and a sentence for each thing that is missing.</summary>
public static class Privileges
{
    public static bool IsRoot => Libc.GetEUid() == 0;

    /// <summary>Reasons the kernel audit cannot run here (empty when it can): not root, no loop control, no FUSE, no mkfs.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<string> mkfsPrograms)
    {
        var missing = new List<string>();
        if (!OperatingSystem.IsLinux()) return ["the kernel audit runs on Linux only"];
        if (!IsRoot) missing.Add("not running as root (loop devices, mkfs and mount need it): run it with sudo");
        if (!File.Exists("/dev/loop-control")) missing.Add("no /dev/loop-control: this kernel has no loop devices");
        if (!File.Exists("/dev/fuse")) missing.Add("no /dev/fuse: this kernel has no FUSE, so EIO cannot be injected");
        if (!HostTool.Exists("losetup")) missing.Add("no losetup (Debian package util-linux)");
        missing.AddRange(mkfsPrograms.Where(program => !HostTool.Exists(program)).Select(program => $"no {program} (the bootstrap installs e2fsprogs, xfsprogs and btrfs-progs)"));
        return missing;
    }
}
