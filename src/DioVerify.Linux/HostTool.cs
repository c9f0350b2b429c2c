using System.Diagnostics;

namespace DioVerify.Linux;

/// <summary>Runs a host program (losetup, mkfs, mount) to completion; a non-zero exit becomes a <see cref="HostException"/> quoting its stderr.</summary>
public static class HostTool
{
    public static string Run(string program, IEnumerable<string> arguments, CancellationToken cancellation = default)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var line = $"{program} {string.Join(' ', start.ArgumentList)}";
        using var process = Process.Start(start) ?? throw new HostException($"{line}: could not start");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            process.WaitForExitAsync(cancellation).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw;
        }

        if (process.ExitCode != 0)
        {
            var reason = error.Result.Trim();
            throw new HostException($"{line} exited with {process.ExitCode}{(reason.Length > 0 ? ": " + reason : "")}");
        }

        return output.Result;
    }

    /// <summary>True when <paramref name="program"/> is found on PATH (or /sbin, /usr/sbin, where mkfs lives).</summary>
    public static bool Exists(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append("/sbin").Append("/usr/sbin")
            .Any(directory => File.Exists(Path.Combine(directory, program)));
}
