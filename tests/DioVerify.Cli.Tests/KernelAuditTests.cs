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
        Assert.Equal("dioverify-audit-kernel/1", root.GetProperty("format").GetString());
        Assert.Equal(File.ReadAllText("/proc/sys/kernel/osrelease").Trim(), root.GetProperty("kernel").GetString());
        var results = root.GetProperty("results").EnumerateArray().ToList();

        // One run per (scenario, filesystem this machine can format and mount, sector size), all through pwrite here.
        var available = KernelFileSystem.All.Where(f => f.Unavailable() is null).Select(f => f.Name).ToHashSet();
        Assert.Equal(KernelScenarioCatalog.Builtin.Scenarios.Sum(s => s.FileSystems.Count(f => available.Contains(f.Name)) * s.SectorSizes.Count), results.Count);
        Assert.Equal(KernelFileSystem.All.Select(f => f.Name).Where(available.Contains), results.Select(r => r.GetProperty("fs").GetString()).Distinct());
        Assert.Equal(KernelFileSystem.All.Where(f => f.Unavailable() is not null).Select(f => $"fs {f.Name}"), root.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("what").GetString()));

        string[] original = ["enospc-extend", "enospc-extend-inside", "eio-middle", "eio-middle-reordered", "eio-first", "eio-middle-overwrite"];
        foreach (var run in results)
        {
            var scenario = run.GetProperty("scenario").GetString()!;
            var length = run.GetProperty("length").GetInt64();
            var prefix = run.GetProperty("prefix").GetInt64();
            var properties = run.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetBoolean());
            var where = $"{run.GetProperty("fs").GetString()} {scenario}: {run}";
            Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P7"], properties.Keys);
            Assert.Equal(properties.Values.All(holds => holds), run.GetProperty("conforms").GetBoolean());
            Assert.Equal("pwrite", run.GetProperty("path").GetString());
            Assert.Contains(run.GetProperty("sectorSize").GetInt32(), new[] { 512, 4096 });
            Assert.False(string.IsNullOrEmpty(run.GetProperty("rule").GetProperty("name").GetString()), where);
            Assert.InRange(prefix, 0, length);
            var returned = run.GetProperty("returned");
            if (returned.TryGetProperty("bytes", out var bytes)) Assert.InRange(bytes.GetInt64(), 0, length);
            else Assert.Contains(returned.GetProperty("error").GetString(), new[] { "EIO", "ENOSPC" });
            if (!original.Contains(scenario)) continue;

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

        Assert.Equal(results.All(r => r.GetProperty("asExpected").GetBoolean()) ? 0 : 1, result.ExitCode);
        Assert.Empty(machine.LeftBehind());
    }

    [FactWhenKernelBaselineApplies]
    public void A_short_audit_is_as_on_record_in_the_shipped_baseline()
    {
        // ./test.sh's check of this machine's kernel against models/kernel-baseline.json: deterministic scenarios only, a few seconds.
        var baseline = Path.Combine(RepositoryRoot.Path, "models", "kernel-baseline.json");
        foreach (var scenario in new[] { "eio-middle", "hole-fallback-eio", "torn-write" })
        {
            var result = machine.Run("audit", "kernel", "--fs", "all", "--scenario", scenario, "--sector-size", "512", "--baseline", baseline).HasNoStackTrace();
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains($"as on record in {baseline}", result.Stdout);
        }

        Assert.Empty(machine.LeftBehind());
    }

    [FactWhenKernelAuditRuns]
    public void A_scenario_file_written_by_a_user_runs_without_rebuilding()
    {
        var file = Path.Combine(machine.Temp, "mine.json");
        File.WriteAllText(file, """
            {
              "format": "dioverify-kernel-scenario/1",
              "name": "mine",
              "story": "a 1 MiB O_DSYNC write over a 2 MiB file; the device fails its last block",
              "filesystems": ["ext4"],
              "sectorSizes": [4096],
              "file": { "data": [{ "offset": 0, "length": 2097152 }] },
              "write": { "offset": 0, "length": 1048576, "flags": ["O_DSYNC"] },
              "faults": { "eioBlocks": [255] },
              "expect": { "P3": false }
            }
            """);
        var result = machine.Run("audit", "kernel", "--scenario", file, "--format", "json").HasNoStackTrace();
        using var json = JsonDocument.Parse(result.Stdout);
        var run = json.RootElement.GetProperty("results").EnumerateArray().Single();
        Assert.Equal("mine", run.GetProperty("scenario").GetString());
        Assert.Equal(4096, run.GetProperty("sectorSize").GetInt32());
        Assert.True(run.GetProperty("dsync").GetBoolean());
        Assert.True(run.GetProperty("eio").GetBoolean());
        Assert.False(run.GetProperty("expected").GetProperty("P3").GetBoolean());
        Assert.Equal(run.GetProperty("asExpected").GetBoolean() ? 0 : 1, result.ExitCode);
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
        Assert.Contains("--fs must be one of ext2, ext4, ext4-noextent, xfs, btrfs, btrfs-nocow, vfat or all (got \"zfs\")", CliProcess.Run("audit", "kernel", "--fs", "zfs").IsUsageError().Stderr);

    [Fact]
    public void A_bad_scenario_file_is_refused_with_its_line_and_column_before_anything_runs()
    {
        var file = Path.Combine(machine.Temp, "bad.json");
        File.WriteAllText(file, "{\n  \"format\": \"dioverify-kernel-scenario/1\",\n  \"name\": \"bad\",\n  \"story\": \"s\",\n  \"write\": { \"offset\": 0, \"length\": 4096, \"flag\": [] }\n}\n");
        var result = CliProcess.Run("audit", "kernel", "--scenario", file).ExitsWith(65).HasNoStackTrace();
        Assert.Contains($"{file}:5:43: unknown field \"flag\" in \"write\"", result.Stderr);
    }

    [Fact]
    public void Unknown_paths_and_sector_sizes_are_usage_errors()
    {
        Assert.Contains("--path must be one of pwrite, pwritev, libaio, io_uring or all", CliProcess.Run("audit", "kernel", "--path", "aio").IsUsageError().Stderr);
        Assert.Contains("--sector-size must be 512, 4096 or all", CliProcess.Run("audit", "kernel", "--sector-size", "1024").IsUsageError().Stderr);
    }
}
