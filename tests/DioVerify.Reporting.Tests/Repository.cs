using System.Runtime.CompilerServices;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// Where the checkout is: the directory holding DioVerify.sln, found by walking up from the test assembly's
/// directory. When the build output lives outside the checkout (<c>--artifacts-path /tmp/...</c>), from the
/// working directory, then from where this file was compiled.
/// </summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        string[] starts = [AppContext.BaseDirectory, Environment.CurrentDirectory, CompiledFrom()];
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DioVerify.sln"))) return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no DioVerify.sln above any of {string.Join(", ", starts)}: run the tests from a checkout");
    });

    /// <summary>The checkout's root directory.</summary>
    public static string Root => RootPath.Value;

    /// <summary><c>models/scenarios/</c>: the canonical schedules.</summary>
    public static string Scenarios => Path.Combine(Root, "models", "scenarios");

    /// <summary>This test project's directory, where the approved snapshots live beside the tests.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "DioVerify.Reporting.Tests");

    private static string CompiledFrom([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? "/";
}
