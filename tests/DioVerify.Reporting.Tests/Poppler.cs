using System.Diagnostics;

namespace DioVerify.Reporting.Tests;

/// <summary>Debian's <c>pdftoppm</c> (poppler-utils): a printed PDF's pages as PNG images, to look at what was printed.</summary>
public static class Poppler
{
    public const string DebianPath = "/usr/bin/pdftoppm";

    /// <summary>Why a printed page cannot be looked at here, or null when it can.</summary>
    public static string? MissingReason => File.Exists(DebianPath)
        ? null
        : $"pdftoppm is not installed ({DebianPath}): ./test.sh installs it (scripts/bootstrap.sh with DIOVERIFY_TEST_DEPS=1) when it can, or run: apt-get install -y poppler-utils";

    /// <summary>Renders every page of <paramref name="pdf"/> at <paramref name="dpi"/> and returns the PNG files, first page first.</summary>
    public static IReadOnlyList<string> ToPngs(string pdf, string prefix, int dpi = 72)
    {
        var start = new ProcessStartInfo(DebianPath) { RedirectStandardError = true };
        foreach (var argument in new[] { "-png", "-r", $"{dpi}", pdf, prefix }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {DebianPath}");
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"pdftoppm on {pdf} did not finish in 90 s");
        }

        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"pdftoppm exited {process.ExitCode}: {error.Result}");
        var directory = Path.GetDirectoryName(Path.GetFullPath(prefix))!;
        return [.. Directory.GetFiles(directory, Path.GetFileName(prefix) + "-*.png").Order(StringComparer.Ordinal)];
    }
}
