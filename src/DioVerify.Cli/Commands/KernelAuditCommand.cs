using System.CommandLine;
using System.Runtime.InteropServices;
using DioVerify.Audit.Kernel;
using DioVerify.Linux;

namespace DioVerify.Cli.Commands;

/// <summary>
/// <c>dioverify audit kernel --fs ext4|xfs|btrfs|all</c>: real O_DIRECT writes on real filesystems, with ENOSPC
/// and injected EIO, judged against P1–P5 and P7. Needs root, loop devices and FUSE; exits 69 without them.
/// </summary>
public static class KernelAuditCommand
{
    public static Command Create()
    {
        var fs = new Option<string>("--fs") { Description = $"The filesystem to audit: {KernelFileSystem.Names} or all", DefaultValueFactory = _ => "all" };
        var scenario = new Option<string>("--scenario") { Description = $"One scenario ({KernelScenarios.Names}) or all", DefaultValueFactory = _ => "all" };
        var format = CommonOptions.Format("text", "json");
        var traces = new Option<string?>("--traces") { Description = "Record each run's pwrite from the kernel's tracepoints into DIR/FS-SCENARIO.jsonl and check that audit trace agrees with the kernel judge on P1-P4 and P7" };
        var command = new Command("kernel", "Audit this machine's Linux kernel, as root: O_DIRECT pwrite on ext4, xfs and btrfs over loop devices on a DioVerify FUSE disk (ENOSPC, injected EIO); judge P1-P5 and P7; exit 0 if every run conforms, 1 if one violates, 69 without root, loop devices or FUSE, 130 when stopped by SIGINT, SIGTERM, SIGHUP or SIGQUIT (everything released; a SIGKILLed run's leftovers are reclaimed by the next run)")
        {
            fs, scenario, format, traces,
        };
        command.SetAction(parsed =>
        {
            var fileSystems = Choose(parsed.GetValue(fs)!, "--fs", KernelFileSystem.All, KernelFileSystem.Find, KernelFileSystem.Names);
            var scenarios = Choose(parsed.GetValue(scenario)!, "--scenario", KernelScenarios.All, KernelScenarios.Find, KernelScenarios.Names);
            var missing = Privileges.Missing(fileSystems.Select(f => f.MkfsProgram));
            if (missing.Count > 0) throw new CliException(ExitCode.Unavailable, $"the kernel audit cannot run here: {string.Join("; ", missing)}");

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
                var report = new KernelAudit(Progress, tracesDirectory).Run(fileSystems, scenarios, cancellation.Token);
                return cancellation.IsCancellationRequested ? Interrupted(null) : Render(report, parsed.GetValue(format)!);
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

    private static int Render(KernelReport report, string format)
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

        return (int)(report.Conforms ? ExitCode.Ok : ExitCode.Violated);
    }

    private static IReadOnlyList<T> Choose<T>(string name, string option, IReadOnlyList<T> all, Func<string, T?> find, string names)
        where T : class =>
        name == "all" ? all : find(name) is { } one ? [one] : throw CliException.Usage($"{option} must be one of {names} or all (got \"{name}\")");
}
