using System.Diagnostics;
using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// The bootstrap behind ./dioverify and ./test.sh (issue 18, item 5): with DIOVERIFY_NO_INSTALL=1 it only reports
/// what is missing, in one line with the reason, and exits 69. DIOVERIFY_FAKE_MISSING stands in for a bare machine.
/// </summary>
public sealed class BootstrapTests
{
    [Fact]
    public void With_no_install_a_missing_package_is_reported_with_its_reason_and_exit_69()
    {
        var (code, stderr) = Bootstrap("cvc5 gcc");

        Assert.Equal(69, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("missing Debian packages: gcc (to build the Z3 shim) cvc5 (check's independent re-solve of proofs/)", line);
        Assert.Contains("DIOVERIFY_NO_INSTALL=1", line);
    }

    [Fact]
    public void With_nothing_missing_the_bootstrap_says_nothing()
    {
        var (code, stderr) = Bootstrap("");
        if (code == 69) return; // this machine really lacks a package: the other test covers the message

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
    }

    private static (int Code, string Stderr) Bootstrap(string fakeMissing)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"source '{Path.Combine(RepositoryRoot.Path, "scripts", "bootstrap.sh")}' && bootstrap_packages");
        start.Environment["DIOVERIFY_NO_INSTALL"] = "1";
        start.Environment["DIOVERIFY_FAKE_MISSING"] = fakeMissing;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the bootstrap's package check did not finish in 60 s");
        return (process.ExitCode, stderr.Result);
    }
}
