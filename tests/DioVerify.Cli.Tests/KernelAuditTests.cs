using System.Diagnostics;
using System.Text.Json;
using DioVerify.Audit.Kernel;
using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// <c>dioverify audit kernel</c> on this machine's real ext4, xfs and btrfs. The kernel's behaviour is what is
/// being measured, so these tests assert what must hold whatever the filesystems do: a verdict for every
/// run, faults that really fired, prefixes the injection allows, and a machine left as it was found.
/// </summary>
public sealed class KernelAuditTests : IDisposable
{
    private const long MiB = 1024 * 1024;

    private readonly KernelAuditMachine machine = new();

    public void Dispose() => machine.Dispose();

    [FactWhenKernelAuditRuns]
    public void Every_filesystem_and_scenario_gets_a_verdict_and_nothing_is_left_behind()
    {
        var result = machine.Run("audit", "kernel", "--fs", "all", "--format", "json").HasNoStackTrace();
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(File.ReadAllText("/proc/sys/kernel/osrelease").Trim(), root.GetProperty("kernel").GetString());
        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3 * KernelScenarios.All.Count, results.Count);
        Assert.Equal(
            ["ext4", "xfs", "btrfs"],
            results.Select(r => r.GetProperty("fs").GetString()).Distinct());

        foreach (var run in results)
        {
            var scenario = run.GetProperty("scenario").GetString()!;
            var length = run.GetProperty("length").GetInt64();
            var prefix = run.GetProperty("prefix").GetInt64();
            var properties = run.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetBoolean());
            var where = $"{run.GetProperty("fs").GetString()} {scenario}: {run}";
            Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P7"], properties.Keys);
            Assert.Equal(properties.Values.All(holds => holds), run.GetProperty("conforms").GetBoolean());
            Assert.InRange(prefix, 0, length);
            var returned = run.GetProperty("returned");
            if (returned.TryGetProperty("bytes", out var bytes)) Assert.InRange(bytes.GetInt64(), 0, length);
            else Assert.Contains(returned.GetProperty("error").GetString(), new[] { "EIO", "ENOSPC" });

            // What the injection guarantees, whatever the filesystem does with it.
            if (scenario.StartsWith("eio-", StringComparison.Ordinal)) Assert.True(run.GetProperty("eio").GetBoolean(), $"the injected EIO did not fire: {where}");
            if (scenario.StartsWith("enospc-", StringComparison.Ordinal)) Assert.True(run.GetProperty("cut").GetBoolean(), $"the write did not exceed the free space: {where}");
            if (scenario == "eio-middle-reordered")
            {
                Assert.True(run.GetProperty("notes").EnumerateArray().Any(n => n.GetString()!.StartsWith("out of order", StringComparison.Ordinal)), $"the held-back first block did not complete late: {where}");
            }

            if (scenario == "eio-first") Assert.True(prefix == 0, $"the first block failed, so nothing is durable: {where}");
            if (scenario.StartsWith("eio-middle", StringComparison.Ordinal)) Assert.True(prefix is > 0 and <= 2 * MiB, $"durable prefix must end at or before the failed block at 2 MiB: {where}");
        }

        Assert.Equal(results.All(r => r.GetProperty("conforms").GetBoolean()) ? 0 : 1, result.ExitCode);
        Assert.Empty(machine.LeftBehind());
    }

    [FactWhenKernelAuditRuns]
    public void The_text_report_is_a_table_with_a_verdict_per_property()
    {
        var result = machine.Run("audit", "kernel", "--fs", "ext4", "--scenario", "eio-middle").HasNoStackTrace();
        Assert.Contains(result.ExitCode, new[] { 0, 1 });
        Assert.Contains("P1 P2 P3 P4 P5 P7", result.Stdout);
        Assert.Matches(@"(?m)^ext4\s+eio-middle\s+\S+\s+\d+", result.Stdout);
        Assert.Contains("audit kernel: ext4: eio-middle", result.Stderr);
        Assert.Empty(machine.LeftBehind());
    }

    [FactWhenKernelAuditRuns]
    public void Ctrl_C_midway_releases_every_mount_loop_device_and_directory()
    {
        using var process = Process.Start(machine.StartInfo(["audit", "kernel", "--fs", "all"]))!;
        var stdout = process.StandardOutput.ReadToEndAsync();

        // Interrupt while a filesystem is mounted on a loop device over the FUSE disk: the worst moment.
        string? line;
        while ((line = process.StandardError.ReadLine()) is not null && !line.Contains("mounted", StringComparison.Ordinal))
        {
        }

        Assert.NotNull(line);
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        var rest = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "the audit did not stop after SIGINT");
        Assert.True(process.ExitCode == 130, $"expected exit 130 after SIGINT, got {process.ExitCode}\n{rest}\n{stdout.Result}");
        Assert.Contains("interrupted", rest);
        Assert.Empty(machine.LeftBehind());
    }

    [Fact]
    public void Without_root_it_says_so_and_exits_69()
    {
        // As root, drop to nobody for this one run (setpriv is util-linux's); elsewhere the test already runs without root.
        var asNobody = Environment.UserName == "root" ? new[] { "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups" } : null;
        var result = machine.Run(["audit", "kernel", "--fs", "ext4"], asNobody).HasNoStackTrace();
        Assert.True(result.ExitCode == 69, result.ToString());
        Assert.Contains("not running as root", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void An_unknown_filesystem_is_a_usage_error() =>
        Assert.Contains("--fs must be one of ext4, xfs, btrfs or all", CliProcess.Run("audit", "kernel", "--fs", "zfs").IsUsageError().Stderr);
}
