using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace DioVerify.Cli.Tests.Support;

/// <summary>What one run of <c>dioverify</c> left behind: exit code, stdout and stderr.</summary>
public sealed record CliResult(IReadOnlyList<string> Args, int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    /// <summary>stderr split into lines, without the trailing empty one.</summary>
    public IReadOnlyList<string> StderrLines => Stderr.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');

    /// <summary>Everything a failing assertion should show.</summary>
    public override string ToString() =>
        $"dioverify {string.Join(' ', Args)}\n  exit {ExitCode} after {Elapsed.TotalSeconds:F1} s\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>
/// Runs the built <c>dioverify.dll</c> as a child process, the way a user runs it: <c>dotnet dioverify.dll ARGS</c>,
/// stdout and stderr redirected (so no progress bar is drawn), stdin closed, with a timeout.
/// The dll is the one the CLI project reference copies next to the test assembly; set
/// <c>DIOVERIFY_CLI_DLL</c> to test another build.
/// </summary>
public static class CliProcess
{
    /// <summary>Generous: the slowest command run here (check) takes about a second.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    public static string DllPath { get; } = LocateDll();

    /// <summary>
    /// The command line that starts <c>dioverify</c>: <c>env --default-signal=INT,QUIT dotnet dioverify.dll</c>. A test
    /// runner started in the background by a non-interactive shell inherits SIGINT and SIGQUIT ignored (POSIX), and the
    /// .NET runtime then leaves them ignored; the reset gives every run the signals a user's terminal gives it, so the
    /// Ctrl-C tests test the product, not how the suite was launched. <c>env</c> execs, so the process id is dioverify's.
    /// </summary>
    public static IReadOnlyList<string> Launcher { get; } = ["env", "--default-signal=INT,QUIT", DotnetHost(), DllPath];

    /// <summary>Where each run's cache directory goes; removed when the test process exits.</summary>
    private static string CacheRoot { get; } = CreateCacheRoot();

    private static string CreateCacheRoot()
    {
        var root = Directory.CreateTempSubdirectory("dioverify-test-caches-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A run still writing at exit: the temporary directory is left for the system to clean.
            }
        };
        return root;
    }

    public static CliResult Run(params string[] args) => Run(args, DefaultTimeout);

    public static CliResult Run(IReadOnlyList<string> args, TimeSpan timeout) => Run(StartInfo(args), args, timeout);

    /// <summary>How <see cref="Run(IReadOnlyList{string}, TimeSpan)"/> starts <c>dioverify</c>, for a test that changes one thing (an environment variable).</summary>
    public static ProcessStartInfo StartInfo(IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(Launcher[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var word in Launcher.Skip(1)) start.ArgumentList.Add(word);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("DIOVERIFY_DEBUG"); // the user's view: no debugging aids switched on
        // Every run starts with an empty obligation cache of its own, so no test's verdict or timing comes from another's.
        start.Environment["XDG_CACHE_HOME"] = Directory.CreateDirectory(Path.Combine(CacheRoot, Guid.NewGuid().ToString("N"))).FullName;
        foreach (var variable in new[] { "CI_NODE_INDEX", "CI_NODE_TOTAL" }) start.Environment.Remove(variable);
        return start;
    }

    /// <summary>Runs a prepared <c>dioverify</c> process to completion (killed, failing the test, after <paramref name="timeout"/>).</summary>
    public static CliResult Run(ProcessStartInfo start, IReadOnlyList<string> args, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        if (start.RedirectStandardInput) process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"dioverify {string.Join(' ', args)} did not finish within {timeout.TotalSeconds} s\n--- stdout ---\n{stdout.Result}\n--- stderr ---\n{stderr.Result}");
        }

        process.WaitForExit(); // drains the redirected streams
        return new CliResult(args, process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed);
    }

    /// <summary>The exit code, with the whole run in the message when it is not the expected one.</summary>
    public static CliResult ExitsWith(this CliResult result, int expected)
    {
        Assert.True(result.ExitCode == expected, $"expected exit {expected}\n{result}");
        return result;
    }

    /// <summary>No stack trace and no exception type name reaches the user.</summary>
    public static CliResult HasNoStackTrace(this CliResult result)
    {
        foreach (var stream in new[] { result.Stdout, result.Stderr })
        {
            Assert.False(Regex.IsMatch(stream, @"^\s+at \S", RegexOptions.Multiline), $"a stack trace reached the user\n{result}");
            Assert.False(stream.Contains("Exception", StringComparison.Ordinal), $"an exception name reached the user\n{result}");
        }

        return result;
    }

    /// <summary>A usage error: exit 64, a message on stderr, nothing on stdout, no stack trace.</summary>
    public static CliResult IsUsageError(this CliResult result)
    {
        result.ExitsWith(64).HasNoStackTrace();
        Assert.True(result.Stderr.Trim().Length > 0, $"a usage error must say what is wrong on stderr\n{result}");
        Assert.True(result.Stdout.Trim().Length == 0, $"a usage error must print nothing on stdout\n{result}");
        return result;
    }

    private static string LocateDll()
    {
        var overridden = Environment.GetEnvironmentVariable("DIOVERIFY_CLI_DLL");
        var path = string.IsNullOrEmpty(overridden) ? Path.Combine(AppContext.BaseDirectory, "dioverify.dll") : overridden;
        if (!File.Exists(path)) throw new FileNotFoundException($"dioverify.dll not found at {path}; the CLI project reference should copy it next to the tests", path);
        return path;
    }

    /// <summary>The dotnet host running these tests (testhost runs under it), else the one on PATH.</summary>
    public static string DotnetHost()
    {
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk) ? fromSdk : "dotnet";
    }
}
