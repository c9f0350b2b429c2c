using System.Diagnostics;
using System.Globalization;
using DioVerify.Cli.Tests.Support;
using DioVerify.Linux;
using DioVerify.Linux.Fuse;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// <c>dioverify audit kernel</c> stopped by a signal while a filesystem is mounted on a loop device over its FUSE
/// disk: every stop signal releases everything and exits 130, and after a SIGKILL — which nothing can handle —
/// the next run reclaims what the killed one left (including the FUSE connection that keeps it in D state) and passes.
/// </summary>
[Collection(KernelAuditSignalsCollection.Name)]
public sealed class KernelAuditSignalTests : IDisposable
{
    private readonly KernelAuditMachine machine = new();

    public void Dispose() => machine.Dispose();

    [TheoryWhenKernelAuditRuns]
    [InlineData("INT")]
    [InlineData("TERM")]
    [InlineData("HUP")]
    [InlineData("QUIT")]
    public void A_stop_signal_while_mounted_releases_every_mount_loop_device_and_FUSE_connection_and_exits_130(string signal)
    {
        using var process = Process.Start(machine.StartInfo(["audit", "kernel", "--fs", "ext4", "--scenario", "eio-middle"]))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        WaitUntilMounted(process);
        var connection = FuseConnectionUnder(machine.Temp);

        Kill(signal, process.Id);
        var rest = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), $"the audit did not stop after SIG{signal}");
        Assert.True(process.ExitCode == 130, $"expected exit 130 after SIG{signal}, got {process.ExitCode}\n{rest}\n{stdout.Result}");
        Assert.Contains("interrupted; everything the audit held was released", rest);
        Assert.Empty(machine.LeftBehind());
        Assert.False(FuseConnections.Exists(connection), $"FUSE connection {connection} is still there");
    }

    [FactWhenKernelAuditRuns]
    public void After_a_SIGKILL_mid_write_the_next_run_reclaims_what_the_killed_one_left_and_passes()
    {
        // The reordered scenario holds a WRITE back in the FUSE server: the pwrite waits in D state meanwhile.
        using var process = Process.Start(machine.StartInfo(["audit", "kernel", "--fs", "ext4", "--scenario", "eio-middle-reordered"]))!;
        _ = process.StandardOutput.ReadToEndAsync();
        WaitUntilMounted(process);
        var connection = FuseConnectionUnder(machine.Temp);
        var midWrite = WaitForDiskSleep(process);
        try
        {
            Kill("KILL", process.Id);

            // Its FUSE server died with it, so its own pwrite can never complete: it stays in D state until the connection is aborted.
            var next = machine.Run("audit", "kernel", "--fs", "ext4", "--scenario", "eio-first").HasNoStackTrace();
            Assert.Contains($"reclaimed what run {process.Id} (no longer running) left in {machine.Temp}/dioverify-kernel-{process.Id}.", next.Stderr);
            Assert.Contains($"aborted FUSE connection {connection}", next.Stderr);
            Assert.True(next.ExitCode == 0, $"the next run did not pass (killed {(midWrite ? "mid-write, in D state" : "after mounting")})\n{next}");
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "the killed run is still stuck after the reclaim");
            Assert.Empty(machine.LeftBehind());
            Assert.False(FuseConnections.Exists(connection), $"FUSE connection {connection} is still there");
        }
        finally
        {
            // Whatever failed above, no process may stay stuck on this machine behind a dead FUSE server.
            FuseConnections.Abort(connection);
        }
    }

    private static void WaitUntilMounted(Process process)
    {
        string? line;
        while ((line = process.StandardError.ReadLine()) is not null && !line.Contains("mounted", StringComparison.Ordinal))
        {
        }

        Assert.NotNull(line);
    }

    /// <summary>The connection number of the run's FUSE disk, mounted under <paramref name="temp"/>.</summary>
    private static int FuseConnectionUnder(string temp) =>
        MountTable.Read().Single(entry => entry.FileSystemType == "fuse.dioverify" && entry.MountPoint.StartsWith(temp + "/", StringComparison.Ordinal)).Minor;

    /// <summary>Waits until a thread of <paramref name="process"/> sleeps uninterruptibly (waiting for its write), or it has gone on: false then.</summary>
    private static bool WaitForDiskSleep(Process process)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                foreach (var task in Directory.EnumerateDirectories($"/proc/{process.Id}/task"))
                {
                    var stat = File.ReadAllText(Path.Combine(task, "stat"));
                    if (stat[(stat.LastIndexOf(')') + 2)..].StartsWith('D')) return true;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A thread ended while being read.
            }

            Thread.Sleep(1);
        }

        return false;
    }

    private static void Kill(string signal, int pid)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
