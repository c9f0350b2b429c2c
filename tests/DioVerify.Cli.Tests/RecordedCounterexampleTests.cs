using DioVerify.Verdicts;
using System.Text.RegularExpressions;
using DioVerify.Cli.Tests.Support;
using DioVerify.Reporting;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// A counterexample saved as schedule v1 outlives the code that found it: <c>replay</c> says whether the recorded
/// property still fails for the recorded policy today and names an older producer; the same status heads the HTML
/// page. A policy that no longer exists is pointed at in the file.
/// </summary>
public sealed class RecordedCounterexampleTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_recorded_counterexample_that_still_fails_says_so_and_names_no_other_version()
    {
        var file = _dir.Write("still.json", Recorded("sum-completed", "P1", VersionStamp.ProducedBy, Schedules.SpecExample));
        var page = Path.Combine(_dir.Path, "still.html");

        var result = CliProcess.Run("replay", file, "--html", page).ExitsWith(0).HasNoStackTrace();

        Assert.Contains("still fails: P1 prefix-safety (sum-completed)", result.Stdout);
        Assert.DoesNotContain("recorded by", result.Stdout);
        Assert.Contains("still fails: P1 prefix-safety (sum-completed)", File.ReadAllText(page));
    }

    /// <summary>
    /// Simulates a policy fixed since the counterexample was recorded: the schedule claims sum-completed fails P1
    /// on a run where every BIO is ok (so R = P = len and P1 holds), written by an older DioVerify.
    /// </summary>
    [Fact]
    public void A_recorded_counterexample_that_no_longer_fails_says_so_and_names_the_older_version()
    {
        var allOk = Schedules.SpecExample.Replace("\"ok\", \"eio\", \"ok\", \"ok\"", "\"ok\", \"ok\", \"ok\", \"ok\"");
        var file = _dir.Write("fixed.json", Recorded("sum-completed", "P1", "dioverify 0.0.1", allOk));
        var page = Path.Combine(_dir.Path, "fixed.html");

        var result = CliProcess.Run("replay", file, "--html", page).ExitsWith(0).HasNoStackTrace();

        Assert.Contains("no longer fails: P1 prefix-safety holds for sum-completed on this schedule", result.Stdout);
        Assert.Contains($"recorded by dioverify 0.0.1; replayed by {VersionStamp.ProducedBy}", result.Stdout);
        Assert.DoesNotContain("still fails", result.Stdout);
        var html = File.ReadAllText(page);
        Assert.Contains("no longer fails: P1 prefix-safety holds for sum-completed on this schedule", html);
        Assert.Contains($"recorded by dioverify 0.0.1; replayed by {VersionStamp.ProducedBy}", html);
    }

    /// <summary>The schedule reader refuses a policy name the catalog does not have, pointing at it in the file.</summary>
    [Fact]
    public void A_counterexample_of_a_policy_that_no_longer_exists_is_bad_input_that_names_it()
    {
        var file = _dir.Write("gone.json", Recorded("renamed-since", "P1", "dioverify 0.0.1", Schedules.SpecExample));

        var refused = CliProcess.Run("replay", file, "--policy", "contiguous-prefix").ExitsWith(65).HasNoStackTrace();

        Assert.Matches($@"^{Regex.Escape(file)}:2:\d+: unknown policy ""renamed-since"" \(policies: legacy-all-or-nothing, ", refused.Stderr);
        Assert.Equal("", refused.Stdout);
    }

    /// <summary>A schedule with the provenance a counterexample carries: producer, policy and property.</summary>
    private static string Recorded(string policy, string property, string producedBy, string schedule) =>
        schedule.Replace("\"version\": 1,", $"\"version\": 1, \"producedBy\": \"{producedBy}\", \"policy\": \"{policy}\", \"property\": \"{property}\",");
}
