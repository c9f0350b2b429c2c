using System.Diagnostics;

namespace DioVerify.Linux;

/// <summary>Runs a host program (losetup, mkfs, mount) to completion; a non-zero exit becomes a <see cref="HostException"/> quoting its stderr.</summary>
/// <remarks>
/// Each program runs in a session of its own (through util-linux's <c>setsid</c> where present), with no
/// input: a terminal's Ctrl-C goes to the terminal's foreground process group, so it reaches DioVerify, which
/// decides what to stop — never a <c>losetup</c> or <c>mount</c> halfway through acquiring something.
/// </remarks>
public static class HostTool
{
    /// <summary>Runs <paramref name="program"/>; when <paramref name="cancellation"/> fires it is killed and <see cref="OperationCanceledException"/> thrown.</summary>
    public static string Run(string program, IEnumerable<string> arguments, CancellationToken cancellation = default)
    {
        var args = arguments.ToList();
        var line = $"{program} {string.Join(' ', args)}";
        var isolated = Exists("setsid");
        var start = new ProcessStartInfo(isolated ? "setsid" : program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (isolated) start.ArgumentList.Add(program);
        foreach (var argument in args) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new HostException($"{line}: could not start");
        process.StandardInput.Close();
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
