using System.Text.Json;
using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// <c>prove</c> lists every refutation with the smallest counterexample (the <c>counterexample</c> command's order, not
/// the solver's model), and <c>--out DIR</c> on <c>prove</c> and <c>explore</c> writes each as schedule v1 that
/// <c>replay</c> shows failing. Kept to 1-2 BIOs and one policy, a few seconds a run.
/// </summary>
public sealed class RefutationsAreMinimisedAndWritten : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Prove_text_lists_every_refutation_minimised_and_out_writes_each_for_replay()
    {
        var result = CliProcess.Run(["prove", "--policy", "naive-partial", "--bios", "2", "--out", _dir.Path], CliProcess.DefaultTimeout);
        Assert.False(result.ExitCode == 69, $"libz3 is not available here\n{result}");
        result.ExitsWith(0).HasNoStackTrace();

        // naive-partial's planted faults at 2 BIOs: P1, P3 and P4, each with its own counterexample.
        Assert.Contains("refutations (3; 3 minimised", result.Stdout);
        foreach (var property in new[] { "P1", "P3", "P4" })
        {
            var file = Path.Combine(_dir.Path, $"naive-partial.{property}.json");
            Assert.Contains($"written  {file}", result.Stdout);
            Assert.True(File.Exists(file), $"{file} was not written");
            using var schedule = JsonDocument.Parse(File.ReadAllText(file));
            Assert.Equal(property, schedule.RootElement.GetProperty("property").GetString());

            var replayed = Assert.Single(ReplayTests.ReplayJson(file, []));
            Assert.False(replayed.GetProperty("properties").GetProperty(property).GetBoolean(), $"{property} holds on the written counterexample");
        }

        // The smallest P1 story for naive-partial is one failed BIO (the counterexample command finds the same).
        Assert.Matches(@"naive-partial P1 prefix-safety \(bios<=2\): 1 BIO\(s\), 1 failed; smallest of exhaustive exploration", result.Stdout);
    }

    [Fact]
    public void Explore_out_writes_each_violated_property_s_smallest_schedule_and_replay_shows_it_failing()
    {
        var result = CliProcess.Run("explore", "--policy", "sum-completed", "--bios", "2", "--exhaustive", "--out", _dir.Path).ExitsWith(0).HasNoStackTrace();

        var written = Directory.GetFiles(_dir.Path, "sum-completed.*.json").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(["sum-completed.P1.json", "sum-completed.P4.json"], written);
        Assert.Contains("counterexample sum-completed P1 written to", result.Stdout);
        var replayed = Assert.Single(ReplayTests.ReplayJson(Path.Combine(_dir.Path, "sum-completed.P1.json"), []));
        Assert.False(replayed.GetProperty("properties").GetProperty("P1").GetBoolean());
    }

    [Fact]
    public void An_out_directory_that_cannot_be_made_is_refused_before_any_work_with_exit_69()
    {
        var file = _dir.Write("not-a-directory", "");

        var result = CliProcess.Run("explore", "--policy", "sum-completed", "--bios", "1", "--exhaustive", "--out", Path.Combine(file, "cex")).ExitsWith(69).HasNoStackTrace();

        Assert.Contains("cannot write counterexamples to", result.Stderr);
        Assert.Empty(result.Stdout);
    }
}
