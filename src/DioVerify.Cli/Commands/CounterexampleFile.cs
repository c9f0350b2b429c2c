using DioVerify.Engine.Schedules;
using DioVerify.Linux;
using DioVerify.Verdicts;

namespace DioVerify.Cli.Commands;

/// <summary>
/// Where <c>--out DIR</c> puts a counterexample: <c>DIR/&lt;policy&gt;.&lt;property&gt;.json</c>, schedule v1, ready for
/// <c>dioverify replay</c>. One naming for <c>counterexample</c>, <c>prove</c> and <c>explore</c>, so a file found by
/// one command is overwritten, not duplicated, by another.
/// </summary>
public static class CounterexampleFile
{
    /// <summary>The file name for <paramref name="policy"/>'s counterexample to <paramref name="property"/>.</summary>
    public static string PathIn(string dir, string policy, Engine.Properties.PropertyId property) => Path.Combine(dir, $"{policy}.{property}.json");

    /// <summary>
    /// Creates <paramref name="dir"/> before any work (as <c>--html</c> checks its target), so that a directory that cannot
    /// be made is refused at once (exit 69) rather than after minutes of proving; null passes.
    /// </summary>
    public static string? Prepared(string? dir)
    {
        if (dir is null) return null;
        try
        {
            Directory.CreateDirectory(dir);
            return dir;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCode.Unavailable, $"cannot write counterexamples to {dir}: {e.Message}");
        }
    }

    /// <summary>Writes the schedule and returns its path; a directory that cannot be written is a missing facility (exit 69).</summary>
    public static string Write(string dir, string policy, Engine.Properties.PropertyId property, Schedule schedule)
    {
        var path = PathIn(dir, policy, property);
        try
        {
            Directory.CreateDirectory(dir);
            OutputFile.Write(path, ScheduleWriter.Write(schedule));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCode.Unavailable, $"cannot write {path}: {e.Message}");
        }

        return path;
    }
}
