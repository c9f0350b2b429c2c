using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>A rule file's claim that a fold commutes is checked by every command that takes <c>--rules</c>.</summary>
public sealed class FoldClaimTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("policies")]
    [InlineData("explore")]
    public void A_fold_declared_commutative_that_is_not_is_bad_input_at_the_claim(string command)
    {
        var file = _dir.Write("claim.rule", "rule last-end\ndescription \"x\"\n\ncommutative fold lastEnd = off\n  on complete = end\nreturn P\n");
        string[] args = command == "explore" ? ["explore", "--rules", file, "--bios", "1", "--exhaustive"] : [command, "--rules", file];
        var result = CliProcess.Run(args).ExitsWith(65).HasNoStackTrace();

        Assert.StartsWith($"{file}:4:1: fold 'lastEnd' is declared commutative but is not: from lastEnd = ", result.Stderr);
        Assert.Matches(@"BIO \[\d+, \d+\) ok then \[\d+, \d+\) ok gives \d+, the other order gives \d+ \(offset \d+, length \d+, geometry ", result.Stderr);
    }

    [Fact]
    public void A_fold_declared_commutative_that_is_lints_clean()
    {
        var file = _dir.Write("max.rule", "rule highest\ndescription \"x\"\nviolates P1 \"x\"\nviolates P3 \"x\"\nviolates P4 \"x\"\n\ncommutative fold okEnd = off\n  on complete = if ok then max(okEnd, end) else okEnd\nreturn if okEnd > off then okEnd - off else EIO\n");
        var result = CliProcess.Run("policies", "--rules", file).ExitsWith(0).HasNoStackTrace();
        Assert.StartsWith("highest\n", result.Stdout.Replace("\r\n", "\n"));
    }
}
