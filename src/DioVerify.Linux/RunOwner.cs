using System.Globalization;

namespace DioVerify.Linux;

/// <summary>
/// A process as the kernel names it for as long as it lives: its pid and its start time (clock ticks after boot,
/// field 22 of <c>/proc/PID/stat</c>), so a pid reused by a later process is not mistaken for the owner.
/// </summary>
public readonly record struct RunOwner(int Pid, long StartTime)
{
    /// <summary>SIGKILL's bit in the pending-signal masks of <c>/proc/PID/task/TID/status</c>.</summary>
    private const ulong KillBit = 1UL << (9 - 1);

    /// <summary>This process.</summary>
    public static RunOwner Current { get; } = Of(Environment.ProcessId) ?? throw new HostException("cannot read /proc/self/stat");

    /// <summary>The process <paramref name="pid"/> now, or null when there is none.</summary>
    public static RunOwner? Of(int pid) => Stat(pid) is { } fields && long.TryParse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
        ? new RunOwner(pid, start)
        : null;

    /// <summary>
    /// Whether the owner still runs and can still release what it holds. A process killed with SIGKILL while a
    /// thread waits in D state for I/O (a pwrite behind a loop device whose FUSE server died with it) keeps its
    /// pid until that I/O ends, which may be never: it counts as dead — the kill is final, and only someone else
    /// aborting its FUSE connection lets it finish exiting.
    /// </summary>
    public bool IsAlive()
    {
        if (Of(Pid) != this) return false;
        if (Stat(Pid) is not { } fields || fields[0] is "Z" or "X" or "x") return false;
        return !KillPending(Pid);
    }

    private static bool KillPending(int pid)
    {
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                foreach (var line in File.ReadLines(Path.Combine(task, "status")))
                {
                    if (!line.StartsWith("SigPnd:", StringComparison.Ordinal) && !line.StartsWith("ShdPnd:", StringComparison.Ordinal)) continue;
                    if (ulong.TryParse(line[7..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var mask) && (mask & KillBit) != 0) return true;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Threads ending while being read: the process is going away.
        }

        return false;
    }

    /// <summary>The fields of <c>/proc/PID/stat</c> after "pid (comm)", comm being free text that may hold spaces and parentheses.</summary>
    private static string[]? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields.Length > 19 ? fields : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
