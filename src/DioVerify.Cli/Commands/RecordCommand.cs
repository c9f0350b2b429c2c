using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using DioVerify.Audit.Recording;
using DioVerify.Linux;
using DioVerify.Linux.Tracing;

namespace DioVerify.Cli.Commands;

/// <summary>
/// <c>dioverify record [--output FILE] [--device DEV] [--buffer-kb N] -- COMMAND [ARGS…]</c> (or
/// <c>--pid PID --duration S</c>): records a program's O_DIRECT writes from the kernel's tracepoints into a
/// trace that <c>audit trace</c> judges. Needs root and tracefs; exits 69 without them, 130 when interrupted.
/// </summary>
public static class RecordCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output", "-o") { Description = "Where to write the trace (Trace v1 JSON lines)", DefaultValueFactory = _ => "trace.jsonl" };
        var device = new Option<string?>("--device") { Description = "Record only I/O on this block device (e.g. /dev/loop0); the default is every device the program writes to" };
        var bufferKb = new Option<int>("--buffer-kb") { Description = "Kernel trace buffer per CPU, in KiB; events beyond it are lost and the trace says it is incomplete", DefaultValueFactory = _ => 8192 };
        var pid = new Option<int?>("--pid") { Description = "Record an already running process (and its descendants) instead of running COMMAND" };
        var duration = new Option<double?>("--duration") { Description = "With --pid: record for this many seconds" };
        var commandLine = new Argument<string[]>("COMMAND") { Description = "The program to run and record, after --, with its arguments", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("record", "Record a program's O_DIRECT writes from the kernel's tracepoints (iomap, block, syscalls) as a trace for audit trace, as root: one write per write call, its BIOs mapped to file offsets through FIEMAP, completions in kernel order, the return and the size; exit 69 without root or tracefs")
        {
            output, device, bufferKb, pid, duration, commandLine,
        };
        command.SetAction(parsed =>
        {
            var args = parsed.GetValue(commandLine) ?? [];
            var target = parsed.GetValue(pid);
            var seconds = parsed.GetValue(duration);
            if (target is null && args.Length == 0) throw CliException.Usage("give a command to record after -- (e.g. record -- dd ...) or --pid PID --duration S");
            if (target is not null && args.Length > 0) throw CliException.Usage("give either a command or --pid, not both");
            if (target is not null && seconds is not > 0) throw CliException.Usage("--pid needs --duration S (seconds, positive)");
            if (target is null && seconds is not null) throw CliException.Usage("--duration goes with --pid");
            if (parsed.GetValue(bufferKb) is var kb && kb <= 0) throw CliException.Usage("--buffer-kb must be positive");
            if (!OperatingSystem.IsLinux()) throw new CliException(ExitCode.Unavailable, "record needs Linux (tracefs)");
            if (!Privileges.IsRoot) throw new CliException(ExitCode.Unavailable, "record needs root (tracefs and FIEMAP of other users' files): run it with sudo");
            if (target is { } p && !Directory.Exists($"/proc/{p}")) throw CliException.Usage($"no process {p}");
            DeviceNumber? dev = parsed.GetValue(device) is { } path ? BlockDevice(path) : null;

            using var cancellation = new CancellationTokenSource();
            // Ctrl-C, SIGTERM and SIGHUP stop the recording; the tracefs instance is removed before exiting.
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var hangup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);

            var outputPath = parsed.GetValue(output)!;
            var childExit = (int?)null;
            RecordingSummary summary;
            // Only a file this run created is removed on failure: never a device (/dev/null) or a user's file.
            var created = !File.Exists(outputPath);
            try
            {
                using var file = OpenOutput(outputPath);
                summary = new TraceRecorder(Note).Record(
                    () => target is { } running ? Watch(running, seconds!.Value, cancellation.Token) : Run(args, cancellation.Token, out childExit),
                    dev, kb, file, CancellationToken.None);
            }
            catch (Exception e) when (e is CliException or HostException)
            {
                // Nothing was recorded: leave no empty trace that looks like one.
                if (created) File.Delete(outputPath);
                throw;
            }

            foreach (var line in summary.Lines()) Note(line);
            Note($"trace written to {outputPath}");
            if (childExit is { } code && code != 0) Note($"{args[0]} exited with {code}");
            return (int)(cancellation.IsCancellationRequested ? ExitCode.Interrupted : ExitCode.Ok);

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                cancellation.Cancel();
            }
        });
        return command;
    }

    private static void Note(string line) => Console.Error.WriteLine($"record: {line}");

    private static DeviceNumber BlockDevice(string path)
    {
        try
        {
            return DeviceNumber.OfBlockDevice(path);
        }
        catch (HostException e)
        {
            throw CliException.Usage($"--device: {e.Message}");
        }
    }

    private static FileStream OpenOutput(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Usage($"cannot write {path}: {e.Message}");
        }
    }

    /// <summary>Runs the command with this terminal's input and output; its pid is the root of the recorded tree.</summary>
    private static IReadOnlyList<int> Run(string[] args, CancellationToken cancellation, out int? exitCode)
    {
        var start = new ProcessStartInfo(args[0]) { UseShellExecute = false };
        foreach (var a in args.Skip(1)) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new CliException(ExitCode.Unavailable, $"could not start {args[0]}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new CliException(ExitCode.Unavailable, $"could not start {args[0]}: {e.Message}");
        }
        using (process)
        {
            try
            {
                process.WaitForExitAsync(cancellation).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                // A terminal's Ctrl-C reached the command too; give it a moment to stop on its own.
                if (!process.WaitForExit(TimeSpan.FromSeconds(2))) process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
            exitCode = process.ExitCode;
            return [process.Id];
        }
    }

    /// <summary>Records a running process and its descendants for <paramref name="seconds"/>.</summary>
    private static IReadOnlyList<int> Watch(int pid, double seconds, CancellationToken cancellation)
    {
        cancellation.WaitHandle.WaitOne(TimeSpan.FromSeconds(seconds));
        return [pid, .. Descendants(pid)];
    }

    /// <summary>Processes whose parent chain (from <c>/proc/N/stat</c>) leads to <paramref name="pid"/>.</summary>
    private static IEnumerable<int> Descendants(int pid)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var p)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[p] = int.Parse(fields[1], CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // The process ended while being read.
            }
        }
        return parents.Keys.Where(p => IsBelow(p));

        bool IsBelow(int p)
        {
            for (var hops = 0; hops < 4096 && parents.TryGetValue(p, out var parent); hops++)
            {
                if (parent == pid) return true;
                p = parent;
            }
            return false;
        }
    }
}
