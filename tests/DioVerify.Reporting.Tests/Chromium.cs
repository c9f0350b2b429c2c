using System.Diagnostics;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// Runs Debian's headless Chromium on a local file: its DOM after the page's scripts ran, or a screenshot.
/// Each run gets a fresh profile directory and every background service off, so no run touches the network
/// or another run.
/// </summary>
public static class Chromium
{
    /// <summary>Where Debian's <c>chromium</c> package installs the browser.</summary>
    public const string DebianPath = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The browser to run, or null when it is not installed.</summary>
    public static string? Executable { get; } = File.Exists(DebianPath) ? DebianPath
        : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "chromium"))
            .FirstOrDefault(File.Exists);

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? MissingReason => Executable is null
        ? $"chromium is not installed ({DebianPath}): ./test.sh installs it (scripts/bootstrap.sh with DIOVERIFY_TEST_DEPS=1) when it can, or run: apt-get install -y chromium"
        : null;

    /// <summary>The serialized DOM of <paramref name="htmlFile"/>, laid out in a window of the given size, once it has loaded and its inline scripts have run.</summary>
    public static string DumpDom(string htmlFile, int width = 1280, int height = 1024) =>
        Run(["--dump-dom", $"--window-size={width},{height}", "--hide-scrollbars", FileUrl(htmlFile)]);

    /// <summary>Prints <paramref name="htmlFile"/> to a PDF, as a reader's "print" would (A4 by default, no header or footer).</summary>
    public static void PrintToPdf(string htmlFile, string pdf) =>
        Run([$"--print-to-pdf={pdf}", "--no-pdf-header-footer", FileUrl(htmlFile)]);

    /// <summary>Writes a PNG screenshot of <paramref name="htmlFile"/> in a window of the given size.</summary>
    public static void Screenshot(string htmlFile, string png, int width, int height) =>
        Run([$"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", FileUrl(htmlFile)]);

    private static string FileUrl(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>Runs the browser to completion and returns its standard output; a failure shows its standard error.</summary>
    private static string Run(IEnumerable<string> arguments)
    {
        var executable = Executable ?? throw new InvalidOperationException($"chromium is not installed ({DebianPath})");
        var profile = Directory.CreateTempSubdirectory("dioverify-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            string[] isolated =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--force-color-profile=srgb", $"--user-data-dir={profile}",
            ];
            foreach (var argument in isolated.Concat(arguments)) start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium {string.Join(' ', start.ArgumentList)} did not finish in {Timeout.TotalSeconds} s");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"chromium {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}:\n{error.Result}");
            }

            return output.Result;
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
