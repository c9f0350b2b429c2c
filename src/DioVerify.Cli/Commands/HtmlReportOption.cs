using System.CommandLine;

namespace DioVerify.Cli.Commands;

/// <summary><c>--html FILE</c>, shared by the commands that can also write their report as one self-contained HTML file.</summary>
public static class HtmlReportOption
{
    public static Option<string?> Create(string what) => new("--html")
    {
        Description = $"Also write {what} to FILE as one self-contained HTML page (inline SVG and CSS; opens offline)",
        HelpName = "FILE",
    };

    /// <summary>
    /// The full path the report will be written to, or null without <c>--html</c>. Checked before any work is
    /// done, so a long check does not end in "cannot write": a path that cannot be a file is exit 69, as for
    /// <c>counterexample --out</c>.
    /// </summary>
    public static string? Target(string? path)
    {
        if (path is null) return null;
        if (string.IsNullOrWhiteSpace(path)) throw CliException.Usage("--html needs a file name");
        var target = Path.GetFullPath(path);
        if (Directory.Exists(target)) throw new CliException(ExitCode.Unavailable, $"cannot write the HTML report {path}: it is a directory");
        var directory = Path.GetDirectoryName(target) ?? "/";
        if (!Directory.Exists(directory)) throw new CliException(ExitCode.Unavailable, $"cannot write the HTML report {path}: {directory} is not a directory");
        return target;
    }

    /// <summary>
    /// Writes the page when there is a <paramref name="target"/> (from <see cref="Target"/>), and names the file on
    /// stderr. The page goes to a temporary file beside it first and is then moved over it, so a reader never
    /// sees half a report.
    /// </summary>
    public static void Write(string? target, Func<string> render)
    {
        if (target is null) return;
        var temporary = Path.Combine(Path.GetDirectoryName(target) ?? "/", $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(temporary, render());
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary)) File.Delete(temporary);
            throw new CliException(ExitCode.Unavailable, $"cannot write the HTML report {target} (through the temporary file {temporary}): {e.Message}");
        }

        Console.Error.WriteLine($"HTML report written to {target}");
    }
}
