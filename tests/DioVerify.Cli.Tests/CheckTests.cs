using System.Text.RegularExpressions;
using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary><c>dioverify check</c>, the main job: every (policy, property) verdict as the catalog expects.</summary>
public sealed class CheckTests
{
    // The proof half of check (three solvers over proofs/, minutes) runs in CI as ./dioverify check;
    // here the exploration half, and the proof half's refusal to run without a ledger.
    [Fact]
    public void Check_exits_0_and_says_every_verdict_is_as_expected()
    {
        var result = CliProcess.Run("check", "--no-proofs").ExitsWith(0).HasNoStackTrace();
        var text = result.Stdout;

        Assert.Contains("every verdict as expected", text);
        Assert.DoesNotContain("NOT AS EXPECTED", text);
        Assert.DoesNotContain("UNEXPECTED", text);
        Assert.DoesNotContain("MISSED", text);
        foreach (var name in Schedules.PolicyNames)
        {
            Assert.Matches(new Regex($@"^\s+{Regex.Escape(name)}\s.*\sas expected$", RegexOptions.Multiline), text);
        }

        // The headline: the correct policy holds everywhere, the P1 faults are refuted.
        Assert.Matches(new Regex(@"^\s+contiguous-prefix(\s+holds){7}\s+as expected$", RegexOptions.Multiline), text);
        Assert.Matches(new Regex(@"^\s+sum-completed\s+refuted@\d", RegexOptions.Multiline), text);
    }

    [Fact]
    public void Check_without_a_ledger_says_how_to_write_proofs_and_exits_65()
    {
        var empty = Directory.CreateTempSubdirectory("dioverify-proofs-").FullName;
        try
        {
            var result = CliProcess.Run("check", "--proofs", empty).ExitsWith(65).HasNoStackTrace();
            Assert.Contains("check --update", result.Stderr);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
