using System.Diagnostics;
using System.Text;
using DioVerify.Linux;

namespace DioVerify.Cli.Tests.Support;

/// <summary>
/// Runs <c>dioverify audit kernel</c> in a private temporary directory, and says what it left behind there:
/// mounts, loop devices and directories under that directory are the audit's and no one else's.
/// </summary>
public sealed class KernelAuditMachine : IDisposable
{
    public KernelAuditMachine() => Temp = Directory.CreateTempSubdirectory("dioverify-kernel-test-").FullName;

    /// <summary>The TMPDIR the audit runs with.</summary>
    public string Temp { get; }

    /// <summary>Why the kernel audit cannot run on this machine, or null when it can.</summary>
    public static string? SkipReason { get; } = Privileges.Missing(["mkfs.ext4", "mkfs.xfs", "mkfs.btrfs"]) is { Count: > 0 } missing
        ? $"the kernel audit cannot run here: {string.Join("; ", missing)}"
        : null;

    public ProcessStartInfo StartInfo(IEnumerable<string> args, IEnumerable<string>? prefix = null)
    {
        var command = (prefix ?? []).Concat([.. CliProcess.Launcher, .. args]).ToList();
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Temp,
        };
        foreach (var arg in command.Skip(1)) start.ArgumentList.Add(arg);
        start.Environment["TMPDIR"] = Temp;
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_HOME"] = Temp;
        return start;
    }

    public CliResult Run(params string[] args) => Run(args, prefix: null);

    public CliResult Run(IReadOnlyList<string> args, IEnumerable<string>? prefix) =>
        CliProcess.Run(StartInfo(args, prefix), args, TimeSpan.FromMinutes(3));

    /// <summary>Every mount, loop device and directory of the audit's still present under <see cref="Temp"/>.</summary>
    public IReadOnlyList<string> LeftBehind()
    {
        var left = new List<string>();
        left.AddRange(File.ReadAllLines("/proc/self/mountinfo").Where(line => line.Contains(Temp, StringComparison.Ordinal)).Select(line => $"mount: {line}"));
        // From sysfs, not losetup --list, which hangs while a loop device is stuck in I/O.
        left.AddRange(LoopDevice.Attached().Where(loop => loop.BackingFile.Contains(Temp, StringComparison.Ordinal)).Select(loop => $"loop device: {loop.Device} {loop.BackingFile}"));
        left.AddRange(Directory.EnumerateFileSystemEntries(Temp).Where(entry => Path.GetFileName(entry).StartsWith("dioverify-kernel-", StringComparison.Ordinal)).Select(entry => $"directory: {entry}"));
        return left;
    }

    public void Dispose() => Directory.Delete(Temp, recursive: true);
}
