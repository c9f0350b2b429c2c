using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// <c>dioverify record</c> on real loop-mounted ext4 and xfs: programs that write with O_DIRECT (dd, fio's
/// pwrite, io_uring and libaio engines) are recorded, and the traces must parse, hold one write per write
/// call whose BIOs tile it, and be judged by <c>audit trace</c> as the kernel audit judges a write that
/// succeeded (conforms). A recording that loses events must say so and never conform. tracefs is compared
/// before and after every recording.
/// </summary>
public sealed class RecordTests : IClassFixture<RecordTests.Filesystems>
{
    private readonly RecordingMachine machine;

    public RecordTests(Filesystems filesystems) => machine = filesystems.Machine;

    [FactWhenRecordingRuns("dd")]
    public void Dd_with_oflag_direct_gives_one_write_per_syscall_whose_bios_tile_it_and_conform()
    {
        foreach (var (fs, mount) in machine.Mounts)
        {
            var file = Path.Combine(mount, "dd");
            var writes = Record(fs, "dd", "if=/dev/zero", $"of={file}", "bs=256k", "count=6", "oflag=direct");
            Assert.Equal(6, writes.Count);
            for (var i = 0; i < writes.Count; i++)
            {
                var w = writes[i];
                Assert.Equal(i * 256L * 1024, w.GetProperty("offset").GetInt64());
                Assert.Equal(256L * 1024, w.GetProperty("length").GetInt64());
                Assert.Equal(file, w.GetProperty("file").GetString());
                Assert.False(w.TryGetProperty("path", out _), $"{fs}: a dd write is synchronous: {w}");
            }
        }
    }

    [FactWhenRecordingRuns("fio")]
    public void Fio_pwrite_io_uring_and_libaio_writes_are_recorded_with_how_they_were_issued()
    {
        foreach (var (engine, path) in new[] { ("psync", (string?)null), ("io_uring", "io_uring"), ("libaio", "libaio") })
        {
            var file = Path.Combine(machine.Mounts["ext4"], $"fio-{engine}");
            var writes = Record("ext4", "fio", "--name=record-test", $"--filename={file}", $"--ioengine={engine}", "--direct=1", "--rw=write",
                "--bs=64k", "--size=512k", "--iodepth=4", "--output=/dev/null");
            Assert.Equal(8, writes.Count);
            Assert.Equal(Enumerable.Range(0, 8).Select(i => i * 65536L), writes.Select(w => w.GetProperty("offset").GetInt64()).Order());
            foreach (var w in writes)
                Assert.Equal(path, w.TryGetProperty("path", out var p) ? p.GetString() : null);
        }
    }

    [FactWhenRecordingRuns("dd")]
    public void A_buffer_too_small_loses_events_and_the_audit_never_says_conforms()
    {
        var before = TraceFsState.Snapshot();
        var trace = Path.Combine(machine.Temp, "tiny.jsonl");
        // One page of buffer per CPU holds a few dozen events; 4000 small writes make tens of thousands.
        var recorded = machine.Run("record", "--buffer-kb", "1", "--output", trace, "--",
            "dd", "if=/dev/zero", $"of={Path.Combine(machine.Mounts["ext4"], "tiny")}", "bs=4k", "count=4000", "oflag=direct").HasNoStackTrace().ExitsWith(0);
        Assert.Equal(before, TraceFsState.Snapshot());
        Assert.Contains("INCOMPLETE", recorded.Stderr);

        var audit = machine.Run("audit", "trace", trace, "--format", "json").HasNoStackTrace();
        Assert.True(audit.ExitCode == 2, $"an incomplete recording is unknown (2), never conforming or violating\n{audit}");
        using var json = JsonDocument.Parse(audit.Stdout);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("conforming").GetInt64());
        Assert.Equal(summary.GetProperty("writes").GetInt64(), summary.GetProperty("incomplete").GetInt64());
        Assert.All(json.RootElement.GetProperty("writes").EnumerateArray(), w => Assert.False(w.GetProperty("conforms").GetBoolean()));
    }

    [FactWhenRecordingRuns("sleep")]
    public void Sigterm_midway_removes_the_tracefs_instance_and_exits_130()
    {
        var before = TraceFsState.Snapshot();
        using var process = machine.Start("record", "--output", Path.Combine(machine.Temp, "interrupted.jsonl"), "--", "sleep", "30");
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var instance = $"/sys/kernel/tracing/instances/dioverify-{process.Id}";
        var clock = Stopwatch.StartNew();
        while (!Directory.Exists(instance) && !process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(20);
        Assert.True(Directory.Exists(instance), $"the recording never created {instance}");
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)])) kill.WaitForExit();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "record did not stop after SIGTERM");
        Assert.True(process.ExitCode == 130, $"expected 130 after SIGTERM, got {process.ExitCode}\n{stderr.Result}");
        Assert.False(Directory.Exists(instance));
        Assert.Equal(before, TraceFsState.Snapshot());
    }

    [FactWhenRecordingRuns("mkfs.xfs", kernelAudit: true)]
    public void The_kernel_audit_records_its_writes_and_the_trace_audit_agrees_with_the_kernel_judge()
    {
        var before = TraceFsState.Snapshot();
        var traces = Path.Combine(machine.Temp, "kernel-traces");
        foreach (var fs in new[] { "ext4", "xfs" })
        {
            var result = machine.Run("audit", "kernel", "--fs", fs, "--scenario", "eio-middle", "--sector-size", "512", "--traces", traces, "--format", "json").HasNoStackTrace();
            Assert.True(result.ExitCode is 0 or 1, result.ToString());
            using var json = JsonDocument.Parse(result.Stdout);
            var run = Assert.Single(json.RootElement.GetProperty("results").EnumerateArray());
            var trace = run.GetProperty("trace");
            Assert.Equal(Path.Combine(traces, $"{fs}-eio-middle.jsonl"), trace.GetProperty("file").GetString());
            Assert.True(trace.GetProperty("agrees").GetBoolean(), trace.ToString());
            Assert.True(trace.GetProperty("bios").GetInt32() > 1, trace.ToString());

            // The injected EIO at 2 MiB reached a BIO, so the trace decides P1-P4 and P7 and they equal the kernel judge's.
            var kernel = run.GetProperty("properties");
            foreach (var p in trace.GetProperty("properties").EnumerateObject())
                Assert.Equal(kernel.GetProperty(p.Name).GetBoolean(), p.Value.GetBoolean());
            Assert.True(json.RootElement.GetProperty("summary").GetProperty("tracesAgree").GetBoolean());
        }
        Assert.Equal(before, TraceFsState.Snapshot());
    }

    [Fact]
    public void Without_a_command_or_pid_it_is_a_usage_error() =>
        Assert.Contains("give a command to record", CliProcess.Run("record").IsUsageError().Stderr);

    [Fact]
    public void Pid_without_duration_is_a_usage_error() =>
        Assert.Contains("--pid needs --duration", CliProcess.Run("record", "--pid", "1").IsUsageError().Stderr);

    [Fact]
    public void Without_root_it_says_so_and_exits_69()
    {
        var asNobody = Environment.UserName == "root" ? new[] { "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups" } : [];
        var args = new[] { "record", "--output", "/dev/null", "--", "true" };
        var start = CliProcess.StartInfo(args);
        if (asNobody.Length > 0)
        {
            start.ArgumentList.Insert(0, start.FileName);
            for (var i = asNobody.Length - 1; i > 0; i--) start.ArgumentList.Insert(0, asNobody[i]);
            start.FileName = asNobody[0];
        }
        var result = CliProcess.Run(start, args, CliProcess.DefaultTimeout).HasNoStackTrace();
        Assert.True(result.ExitCode == 69, result.ToString());
        Assert.Contains("needs root", result.Stderr);
    }

    /// <summary>Records COMMAND on <paramref name="fs"/>'s device, checks tracefs is as before, audits the trace and returns its write events.</summary>
    private List<JsonElement> Record(string fs, params string[] command)
    {
        var before = TraceFsState.Snapshot();
        var trace = Path.Combine(machine.Temp, $"{fs}-{command[0]}.jsonl");
        var recorded = machine.Run(["record", "--device", machine.Devices[fs], "--output", trace, "--", .. command]).HasNoStackTrace().ExitsWith(0);
        Assert.Equal(before, TraceFsState.Snapshot());
        Assert.DoesNotContain("INCOMPLETE", recorded.Stderr);

        // Every write of a recording is judged; on a healthy disk every write succeeded in full, so it conforms,
        // with all of its bios submitted (cut = off + len) and completed before the return.
        var audit = machine.Run("audit", "trace", trace, "--format", "json").HasNoStackTrace();
        Assert.True(audit.ExitCode == 0, $"{fs} {command[0]}: {audit}");
        using var json = JsonDocument.Parse(audit.Stdout);
        foreach (var w in json.RootElement.GetProperty("writes").EnumerateArray())
        {
            Assert.True(w.GetProperty("conforms").GetBoolean(), w.ToString());
            Assert.Equal(w.GetProperty("offset").GetInt64() + w.GetProperty("length").GetInt64(), w.GetProperty("cut").GetInt64());
            Assert.Equal(0, w.GetProperty("inFlight").GetInt32());
            Assert.True(w.GetProperty("bios").GetInt32() >= 1, w.ToString());
            Assert.Equal(w.GetProperty("length").GetInt64(), w.GetProperty("returned").GetProperty("bytes").GetInt64());
        }

        return File.ReadLines(trace)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .Where(e => e.GetProperty("event").GetString() == "write")
            .ToList();
    }

    /// <summary>One set of mounted filesystems for the whole class: mkfs is the slow part.</summary>
    public sealed class Filesystems : IDisposable
    {
        public RecordingMachine Machine { get; } = new();

        public void Dispose() => Machine.Dispose();
    }
}
