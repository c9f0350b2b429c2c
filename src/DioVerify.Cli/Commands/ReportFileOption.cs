using System.CommandLine;
using DioVerify.Linux;
using DioVerify.Reporting;
using DioVerify.Verdicts.Check;

namespace DioVerify.Cli.Commands;

/// <summary><c>--report FILE</c> on <c>check</c> and <c>merge</c>: the whole report as JSON in a file, whatever <c>--format</c> prints.</summary>
public static class ReportFileOption
{
    public static Option<string?> Create() => new("--report")
    {
        Description = "Also write the report as JSON (dioverify-check/1) to FILE: a shard's input to 'dioverify merge'",
        HelpName = "FILE",
    };

    /// <summary>The full path, checked before any work (as for <c>--html</c>), or null without the option.</summary>
    public static string? Target(string? path)
    {
        if (path is null) return null;
        if (string.IsNullOrWhiteSpace(path)) throw CliException.Usage("--report needs a file name");
        var target = Path.GetFullPath(path);
        if (OutputFile.Refusal(target) is { } refusal) throw new CliException(ExitCode.Unavailable, $"cannot write the report {path}: {refusal}");
        return target;
    }

    /// <summary>Writes it through a temporary file renamed over the target, so a merge job never reads half a report.</summary>
    public static void Write(string? target, CheckReport report)
    {
        if (target is null) return;
        try
        {
            OutputFile.Write(target, CheckReportJson.Render(report));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCode.Unavailable, $"cannot write the report {target}: {e.Message}");
        }
    }
}
