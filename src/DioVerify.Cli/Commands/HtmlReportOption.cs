using System.CommandLine;
using DioVerify.Linux;

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
        try
        {
            if (OutputFile.Refusal(target) is { } refusal) throw new CliException(ExitCode.Unavailable, $"cannot write the HTML report {path}: {refusal}");
        }
        catch (IOException e)
        {
            throw new CliException(ExitCode.Unavailable, $"cannot write the HTML report {path}: {e.Message}");
        }

        return target;
    }

    /// <summary>
    /// Writes the page when there is a <paramref name="target"/> (from <see cref="Target"/>), and names the file on
    /// stderr. <see cref="OutputFile"/> writes it to an exclusively created temporary file beside it and renames
    /// that over it, so a reader never sees half a report and a planted link cannot redirect it.
    /// </summary>
    public static void Write(string? target, Func<string> render)
    {
        if (target is null) return;
        try
        {
            OutputFile.Write(target, render());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCode.Unavailable, $"cannot write the HTML report {target}: {e.Message}");
        }

        Console.Error.WriteLine($"HTML report written to {target}");
    }
}
