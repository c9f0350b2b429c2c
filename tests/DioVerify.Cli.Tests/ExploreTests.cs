using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary><c>dioverify explore</c>: violation counts per property and a smallest counterexample that replays.</summary>
public sealed class ExploreTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Exhaustive_naive_partial_at_2_bios_reports_P1_violations_and_a_smallest_counterexample_that_replays()
    {
        var result = CliProcess.Run("explore", "--policy", "naive-partial", "--bios", "2", "--exhaustive", "--format", "json");

        // P1 is a planted fault of naive-partial: catching it is as expected, so exit 0.
        result.ExitsWith(0).HasNoStackTrace();
        using var doc = JsonDocument.Parse(result.Stdout);
        var run = Assert.Single(doc.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("naive-partial", run.GetProperty("policy").GetString());
        Assert.Equal(2, run.GetProperty("bios").GetInt32());
        Assert.Equal("exhaustive", run.GetProperty("mode").GetString());
        Assert.True(run.GetProperty("schedules").GetInt64() > 0);
        var p1 = run.GetProperty("properties").GetProperty("P1");
        Assert.True(p1.GetProperty("violations").GetInt64() > 0, result.ToString());
        Assert.False(p1.GetProperty("expectedToHold").GetBoolean());
        foreach (var holds in new[] { "P2", "P5", "P6", "P7" })
        {
            Assert.Equal(0, run.GetProperty("properties").GetProperty(holds).GetProperty("violations").GetInt64());
            Assert.Equal(JsonValueKind.Null, run.GetProperty("properties").GetProperty(holds).GetProperty("smallest").ValueKind);
        }

        var smallest = p1.GetProperty("smallest");
        Assert.Equal(1, smallest.GetProperty("version").GetInt32());
        Assert.Equal(2, smallest.GetProperty("outcomes").GetArrayLength());
        Assert.Equal(2, smallest.GetProperty("arrival").GetArrayLength());

        // Written to a file as is, it is a schedule v1 that replay accepts, and P1 fails on it again.
        var file = _dir.Write("p1.json", smallest.GetRawText());
        var replayed = Assert.Single(ReplayTests.ReplayJson(file, ["--policy", "naive-partial"]));
        Assert.False(replayed.GetProperty("properties").GetProperty("P1").GetBoolean());
        var returned = replayed.GetProperty("returned").GetProperty("bytes").GetInt64();
        Assert.True(returned > replayed.GetProperty("prefix").GetInt64(), "P1 fails: the count exceeds the prefix");
    }

    [Fact]
    public void Exhaustive_contiguous_prefix_at_3_bios_finds_no_violation_exits_0_and_prints_its_rate()
    {
        var result = CliProcess.Run("explore", "--policy", "contiguous-prefix", "--bios", "3", "--exhaustive").ExitsWith(0).HasNoStackTrace();
        var text = result.Stdout;

        var summary = Regex.Match(text, @"contiguous-prefix: exhaustive at 3 BIOs, ([\d,]+) schedules in [\d.]+ s \(([\d,]+) schedules/s\)");
        Assert.True(summary.Success, result.ToString());
        Assert.True(long.Parse(summary.Groups[1].Value.Replace(",", "")) > 0);
        foreach (var p in new[] { "P1", "P2", "P3", "P4", "P5", "P6", "P7" })
        {
            Assert.Matches(new Regex($@"^\s+{p} \S+\s+0 violating\s+no violation\s+as expected$", RegexOptions.Multiline), text);
        }

        Assert.DoesNotContain("smallest schedule violating", text);
    }

    [Fact]
    public void Text_output_of_a_planted_fault_prints_its_smallest_schedule_ready_for_replay()
    {
        var result = CliProcess.Run("explore", "--policy", "prefix-keep-blocks", "--bios", "1", "--exhaustive").ExitsWith(0).HasNoStackTrace();

        Assert.Contains("as expected (planted fault caught)", result.Stdout);
        Assert.Contains("smallest schedule violating P5", result.Stdout);
        Assert.Contains("dioverify replay FILE --policy prefix-keep-blocks", result.Stdout);
    }

    [Fact]
    public void Exhaustive_exploration_gives_the_same_json_on_every_run_apart_from_timing()
    {
        string[] args = ["explore", "--policy", "arrival-cutoff", "--bios", "3", "--exhaustive", "--format", "json"];

        var first = WithoutTiming(CliProcess.Run(args).ExitsWith(0).Stdout);
        var second = WithoutTiming(CliProcess.Run(args).ExitsWith(0).Stdout);

        Assert.True(JsonNode.DeepEquals(first, second), $"two exhaustive runs differ:\n{first}\n---\n{second}");
    }

    [Fact]
    public void Sampled_exploration_with_the_same_seed_gives_identical_json_apart_from_timing()
    {
        string[] args = ["explore", "--policy", "naive-partial", "--bios", "3", "--samples", "2000", "--seed", "7", "--format", "json"];

        var first = WithoutTiming(CliProcess.Run(args).ExitsWith(0).Stdout);
        var second = WithoutTiming(CliProcess.Run(args).ExitsWith(0).Stdout);

        Assert.True(JsonNode.DeepEquals(first, second), $"two runs with seed 7 differ:\n{first}\n---\n{second}");
    }

    [Fact]
    public void Sampled_exploration_reports_mode_sampled_and_exactly_K_schedules()
    {
        var result = CliProcess.Run("explore", "--policy", "naive-partial", "--bios", "3", "--samples", "2000", "--seed", "7", "--format", "json").ExitsWith(0).HasNoStackTrace();

        using var doc = JsonDocument.Parse(result.Stdout);
        var run = Assert.Single(doc.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("sampled", run.GetProperty("mode").GetString());
        Assert.Equal(2000, run.GetProperty("schedules").GetInt64());
    }

    [Fact]
    public void Explore_all_reports_every_policy()
    {
        var result = CliProcess.Run("explore", "--all", "--bios", "1", "--exhaustive", "--format", "json").ExitsWith(0).HasNoStackTrace();

        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(Schedules.PolicyNames, doc.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("policy").GetString()));
    }

    /// <summary>The explore JSON without its <c>seconds</c> and <c>schedulesPerSecond</c> fields.</summary>
    private static JsonNode WithoutTiming(string json)
    {
        var root = JsonNode.Parse(json)!;
        foreach (var run in root["results"]!.AsArray())
        {
            var obj = run!.AsObject();
            Assert.True(obj.Remove("seconds"), "explore JSON lacks \"seconds\"");
            Assert.True(obj.Remove("schedulesPerSecond"), "explore JSON lacks \"schedulesPerSecond\"");
        }

        return root;
    }
}
