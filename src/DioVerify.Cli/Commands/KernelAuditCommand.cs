using System.CommandLine;
using System.Runtime.InteropServices;
using DioVerify.Audit.Kernel;
using DioVerify.Linux;
using DioVerify.Linux.Io;
using DioVerify.Verdicts;

namespace DioVerify.Cli.Commands;

/// <summary>
/// <c>dioverify audit kernel</c>: real O_DIRECT writes on real filesystems, from scenario files (ENOSPC, injected
/// EIO, torn and reordered WRITEs), judged against P1–P5 and P7 and against each filesystem's kernel rule; with a
/// baseline, "as on record" or the differences. Needs root, loop devices and FUSE; exits 69 without them.
/// </summary>
public static class KernelAuditCommand
{
    public static Command Create()
    {
        var fs = new Option<string>("--fs") { Description = $"The filesystems to audit, comma-separated: {KernelFileSystem.Names}, or all (those this machine can format and mount)", DefaultValueFactory = _ => "all" };
        var scenario = new Option<string>("--scenario") { Description = $"A scenario file, a folder of them, a built-in scenario ({KernelScenarioCatalog.Builtin.Names}) or all", DefaultValueFactory = _ => "all" };
        var path = new Option<string?>("--path") { Description = $"The I/O path: {IoPathNames.Names} or all (default: each scenario's own)" };
        var sectorSize = new Option<string?>("--sector-size") { Description = "The loop device's logical sector size: 512, 4096 or all (default: each scenario's own)" };
        var baseline = new Option<string?>("--baseline") { Description = "Compare with a recorded audit (dioverify-kernel-baseline/1): exit 0 when as on record, 1 when changed, each difference named" };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Record this audit as a baseline FILE; with --baseline too, write that record widened with this run's values (for behaviour that depends on a race)" };
        var format = CommonOptions.Format("text", "json");
        var traces = new Option<string?>("--traces") { Description = "Record each run's write from the kernel's tracepoints into DIR/FS-SCENARIO.jsonl and check that audit trace agrees with the kernel judge on P1-P4 and P7" };
        var command = new Command("kernel", "Audit this machine's Linux kernel, as root: O_DIRECT writes from scenario files on ext2, ext4 (with and without extents), xfs, btrfs (checksummed and NOCOW) and vfat over loop devices (512- and 4096-byte sectors) on a DioVerify FUSE disk (ENOSPC, injected EIO, torn and reordered WRITEs); judge P1-P5 and P7 and each filesystem's kernel rule; exit 0 if every verdict is as its scenario expects (or, with --baseline, as on record), 1 if not, 65 for a bad scenario or baseline file, 69 without root, loop devices or FUSE, 130 when stopped by SIGINT, SIGTERM, SIGHUP or SIGQUIT (everything released; a SIGKILLed run's leftovers are reclaimed by the next run)")
        {
            fs, scenario, path, sectorSize, baseline, writeBaseline, format, traces,
        };
        command.SetAction(parsed =>
        {
            var scenarios = KernelScenarioCatalog.Resolve(parsed.GetValue(scenario)!)
                ?? throw CliException.Usage($"--scenario must be a scenario file, a folder of them, one of {KernelScenarioCatalog.Builtin.Names} or all (got \"{parsed.GetValue(scenario)}\")");
            var selection = new KernelSelection(FileSystems(parsed.GetValue(fs)!, scenarios), Paths(parsed.GetValue(path)), SectorSizes(parsed.GetValue(sectorSize)));
            var record = parsed.GetValue(baseline) is { } baselineFile ? KernelBaselineJson.ReadFile(baselineFile) : null;
            var missing = Privileges.Missing([]);
            if (missing.Count > 0) throw new CliException(ExitCode.Unavailable, $"the kernel audit cannot run here: {string.Join("; ", missing)}");
            if (selection.FileSystems is { } named)
            {
                // A filesystem asked for by name must run; "all" skips, and says so, what this machine lacks.
                var lacking = named.Select(n => scenarios.Scenarios.SelectMany(s => s.FileSystems).First(f => f.Name == n)).Select(f => f.Unavailable() is { } why ? $"{f.Name}: {why}" : null).OfType<string>().ToList();
                if (lacking.Count > 0) throw new CliException(ExitCode.Unavailable, $"the kernel audit cannot run here: {string.Join("; ", lacking)}");
            }

            using var cancellation = new CancellationTokenSource();

            // SIGINT, SIGTERM, SIGHUP and SIGQUIT all stop at the next step; the audit then releases every mount, loop
            // device and FUSE disk and exits 130. A second signal does not cut the release short.
            var signals = 0;
            PosixSignalRegistration[] handlers =
            [
                PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop),
                PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop),
                PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop),
                PosixSignalRegistration.Create(PosixSignal.SIGQUIT, Stop),
            ];
            try
            {
                // What an earlier run killed by SIGKILL left behind is released before anything new is acquired.
                foreach (var line in Leftovers.Reclaim(KernelAudit.WorkDirectoryPrefix)) Progress(line);
                var tracesDirectory = parsed.GetValue(traces);
                if (tracesDirectory is not null) Directory.CreateDirectory(tracesDirectory);
                var report = new KernelAudit(Progress, tracesDirectory).Run(scenarios.Scenarios, selection, cancellation.Token);
                if (cancellation.IsCancellationRequested) return Interrupted(null);
                if (record is not null) report = report with { Baseline = record.Compare(report, parsed.GetValue(baseline)!) };
                if (report.Results.Count == 0) throw new CliException(ExitCode.Unavailable, $"the kernel audit ran nothing: {string.Join("; ", report.Skipped.Select(s => $"{s.What}: {s.Reason}").DefaultIfEmpty("no scenario applies to the filesystems chosen"))}");
                if (parsed.GetValue(writeBaseline) is { } target)
                {
                    using var buffer = new MemoryStream();
                    // With --baseline as well, the record is widened rather than replaced: a race's other outcome joins it.
                    KernelBaselineJson.Write(record?.Widen(report, VersionStamp.ProducedBy) ?? KernelBaseline.Of(report, VersionStamp.ProducedBy), buffer);
                    buffer.WriteByte((byte)'\n');
                    OutputFile.Write(target, buffer.ToArray());
                    Progress($"recorded {report.Results.Count} runs as a baseline in {target}");
                }

                return Render(report, parsed.GetValue(format)!, parsed.GetValue(writeBaseline) is not null);
            }
            catch (Exception e) when (cancellation.IsCancellationRequested)
            {
                // Whatever the stop made a step throw (a killed mkfs, a cancelled wait), the run was interrupted, not broken.
                return Interrupted(e as HostException);
            }
            finally
            {
                foreach (var handler in handlers) handler.Dispose();
            }

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                cancellation.Cancel();
                if (Interlocked.Increment(ref signals) == 2) Progress($"{context.Signal} again: still releasing what the audit holds; it exits by itself");
            }
        });
        return command;
    }

    /// <summary>One progress line on stderr; a terminal that went away (SIGHUP) must not stop the release.</summary>
    private static void Progress(string step)
    {
        try
        {
            Console.Error.WriteLine($"audit kernel: {step}");
        }
        catch (IOException)
        {
            // Nobody is reading any more.
        }
    }

    /// <summary>Exit 130 after a stop signal, naming what could not be released, if anything.</summary>
    private static int Interrupted(HostException? release)
    {
        Progress(release is null ? "interrupted; everything the audit held was released" : $"interrupted; {release.Message}");
        return (int)ExitCode.Interrupted;
    }

    private static int Render(KernelReport report, string format, bool recordedBaseline)
    {
        if (format == "json")
        {
            using var output = Console.OpenStandardOutput();
            KernelReportJson.Write(report, output);
            Console.WriteLine();
        }
        else
        {
            Console.Write(KernelReportText.Render(report));
        }

        // The trace audit and the kernel judge disagreeing on a property both decide means one of them is wrong.
        if (report.Results.Any(r => r.Trace?.Agrees == false))
        {
            Console.Error.WriteLine("audit kernel: the recorded traces and the kernel judge disagree (see the trace notes)");
            return (int)ExitCode.Internal;
        }

        if (report.Baseline is { } comparison) return (int)(comparison.AsOnRecord ? ExitCode.Ok : ExitCode.Violated);
        if (recordedBaseline) return (int)ExitCode.Ok;
        return (int)(report.AsExpected ? ExitCode.Ok : ExitCode.Violated);
    }

    /// <summary>The filesystems named (null for all); each must be a built-in variant or one a chosen scenario defines.</summary>
    private static IReadOnlyList<string>? FileSystems(string value, KernelScenarioCatalog scenarios)
    {
        if (value == "all") return null;
        var known = KernelFileSystem.All.Select(f => f.Name).Concat(scenarios.Scenarios.SelectMany(s => s.FileSystems).Select(f => f.Name)).Distinct().ToList();
        var names = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var unknown = names.FirstOrDefault(n => !known.Contains(n));
        if (names.Length == 0 || unknown is not null) throw CliException.Usage($"--fs must be one of {string.Join(", ", known)} or all (got \"{unknown ?? value}\")");
        var ran = scenarios.Scenarios.SelectMany(s => s.FileSystems).Select(f => f.Name).ToHashSet();
        var unused = names.FirstOrDefault(n => !ran.Contains(n));
        if (unused is not null) throw CliException.Usage($"--fs {unused}: none of the chosen scenarios runs on it");
        return names;
    }

    private static IReadOnlyList<IoPath>? Paths(string? value) => value switch
    {
        null => null,
        "all" => IoPathNames.All,
        _ => IoPathNames.TryParse(value, out var one) ? [one] : throw CliException.Usage($"--path must be one of {IoPathNames.Names} or all (got \"{value}\")"),
    };

    private static IReadOnlyList<int>? SectorSizes(string? value) => value switch
    {
        null => null,
        "all" => [512, 4096],
        "512" => [512],
        "4096" => [4096],
        _ => throw CliException.Usage($"--sector-size must be 512, 4096 or all (got \"{value}\")"),
    };
}
