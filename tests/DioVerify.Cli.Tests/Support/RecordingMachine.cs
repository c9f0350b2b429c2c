using System.Diagnostics;
using System.Text;
using DioVerify.Linux;

namespace DioVerify.Cli.Tests.Support;

/// <summary>
/// Small loop-mounted filesystems (ext4, and xfs where mkfs.xfs exists) in a private temporary directory for
/// <c>dioverify record</c> to record programs on; everything is released on dispose.
/// </summary>
public sealed class RecordingMachine : IDisposable
{
    private readonly Teardown teardown = new();
    private readonly Dictionary<string, string> mounts = [];

    public RecordingMachine()
    {
        Temp = Directory.CreateTempSubdirectory("dioverify-record-test-").FullName;
        teardown.Add("temporary directory", () => Directory.Delete(Temp, recursive: true));
        if (SkipReason is not null) return;
        foreach (var fs in new[] { "ext4", "xfs" })
        {
            if (!HostTool.Exists($"mkfs.{fs}")) continue;
            var image = Path.Combine(Temp, $"{fs}.img");
            // xfs refuses filesystems under 300 MiB; the image is sparse, so its size costs nothing.
            using (var file = File.Create(image)) file.SetLength(fs == "xfs" ? 320L << 20 : 64L << 20);
            var loop = teardown.Add($"loop device of {fs}", LoopDevice.Attach(image, CancellationToken.None));
            HostTool.Run($"mkfs.{fs}", fs == "ext4" ? ["-q", loop.Path] : ["-q", "-f", loop.Path]);
            var target = Directory.CreateDirectory(Path.Combine(Temp, fs)).FullName;
            teardown.Add($"mount of {fs}", Mount.Attach(loop.Path, fs, target, CancellationToken.None));
            mounts[fs] = target;
            Devices[fs] = loop.Path;
        }
    }

    /// <summary>Why recordings cannot be made here, or null when they can.</summary>
    public static string? SkipReason { get; } = Reason();

    public string Temp { get; }

    /// <summary>The mounted filesystems: "ext4" always (when not skipped), "xfs" when mkfs.xfs exists.</summary>
    public IReadOnlyDictionary<string, string> Mounts => mounts;

    /// <summary>The loop device under each filesystem.</summary>
    public Dictionary<string, string> Devices { get; } = [];

    /// <summary>Runs <c>dioverify ARGS</c> in <see cref="Temp"/>.</summary>
    public CliResult Run(params string[] args)
    {
        var start = CliProcess.StartInfo(args);
        start.WorkingDirectory = Temp;
        return CliProcess.Run(start, args, TimeSpan.FromMinutes(2));
    }

    /// <summary>Starts <c>dioverify ARGS</c> in <see cref="Temp"/> without waiting.</summary>
    public Process Start(params string[] args)
    {
        var start = CliProcess.StartInfo(args);
        start.WorkingDirectory = Temp;
        start.StandardErrorEncoding = Encoding.UTF8;
        return Process.Start(start)!;
    }

    public void Dispose() => teardown.Dispose();

    private static string? Reason()
    {
        var missing = Privileges.Missing(["mkfs.ext4"]).Where(m => !m.Contains("FUSE", StringComparison.Ordinal)).ToList();
        if (!File.Exists("/proc/filesystems") || !File.ReadAllText("/proc/filesystems").Contains("tracefs", StringComparison.Ordinal)) missing.Add("this kernel has no tracefs");
        if (!Directory.Exists("/sys/kernel/tracing")) missing.Add("no /sys/kernel/tracing");
        return missing.Count > 0 ? $"record cannot run here: {string.Join("; ", missing)}" : null;
    }
}
