using System.Diagnostics;

namespace DioVerify.Smt.Tests;

/// <summary>Finds and runs command-line tools (the z3 and cvc5 solvers) for the tests.</summary>
internal static class ExternalTool
{
    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, tool))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs the tool to completion and returns its exit code and standard output and error.</summary>
    /// <remarks>The timeout is enforced from outside (DESIGN.md: z3 4.8.12's own -t: can deadlock).</remarks>
    public static (int ExitCode, string Output, string Error) Run(string tool, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(Find(tool) ?? tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {string.Join(' ', arguments)} did not finish in {timeout}.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
