using System.Text.Json;
using System.Xml.Linq;
using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// <c>dioverify prove</c> with the in-process Z3 (needs libz3; exit 69 means it is missing here).
/// Kept to 1–2 BIOs so that each run takes a second or two.
/// </summary>
public sealed class ProveTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Naive_partial_P1_at_1_bio_is_refuted_with_a_replayable_counterexample()
    {
        var result = Prove("--policy", "naive-partial", "--property", "P1", "--bios", "1", "--format", "json").ExitsWith(0);

        using var doc = JsonDocument.Parse(result.Stdout);
        var r = Assert.Single(doc.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("naive-partial", r.GetProperty("policy").GetString());
        Assert.Equal("P1", r.GetProperty("property").GetString());
        Assert.Equal(1, r.GetProperty("bios").GetInt32());
        Assert.Equal("refuted", r.GetProperty("verdict").GetString());
        Assert.True(r.GetProperty("asExpected").GetBoolean());
        var counterexample = r.GetProperty("counterexample");
        Assert.Equal(JsonValueKind.Object, counterexample.ValueKind);
        Assert.Equal(1, counterexample.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Object, counterexample.GetProperty("request").ValueKind);

        var file = _dir.Write("cx.json", counterexample.GetRawText());
        var replayed = Assert.Single(ReplayTests.ReplayJson(file, ["--policy", "naive-partial"]));
        Assert.False(replayed.GetProperty("properties").GetProperty("P1").GetBoolean());
    }

    [Fact]
    public void Contiguous_prefix_P1_at_1_bio_is_proved_and_exits_0()
    {
        var result = Prove("--policy", "contiguous-prefix", "--property", "P1", "--bios", "1").ExitsWith(0);

        Assert.Matches(@"contiguous-prefix\s+P1 prefix-safety\s+bios<=1\s+proved\s.*as expected", result.Stdout);
        Assert.Contains("1 obligations: 1 proved, 0 refuted", result.Stdout);
    }

    [Fact]
    public void Junit_output_is_well_formed_xml_with_one_testcase_per_obligation()
    {
        var result = Prove("--policy", "contiguous-prefix", "--bios", "1", "--format", "junit").ExitsWith(0);

        var xml = XDocument.Parse(result.Stdout);
        var suite = Assert.Single(xml.Root!.Elements("testsuite"));
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(7, cases.Count);
        Assert.Equal("7", suite.Attribute("tests")?.Value);
        Assert.Equal("0", suite.Attribute("failures")?.Value);
        Assert.Equal("0", suite.Attribute("errors")?.Value);
        Assert.All(cases, c => Assert.Equal("dioverify.contiguous-prefix", c.Attribute("classname")?.Value));
        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6", "P7"], cases.Select(c => c.Attribute("name")!.Value[..2]));
        Assert.All(cases, c => Assert.Empty(c.Elements("failure").Concat(c.Elements("error"))));
    }

    [Fact]
    public void Obligations_decided_in_parallel_come_back_in_order_with_the_same_verdicts()
    {
        string[] Verdicts(string jobs)
        {
            // naive-partial at 1 BIO: refuted, proved and missed verdicts side by side (exit 1 for the missed P3), quick to decide.
            var result = Prove("--policy", "naive-partial", "--bios", "1", "--jobs", jobs, "--format", "json").ExitsWith(1);
            using var doc = JsonDocument.Parse(result.Stdout);
            return [.. doc.RootElement.GetProperty("results").EnumerateArray().Select(r => $"{r.GetProperty("property").GetString()} {r.GetProperty("verdict").GetString()}")];
        }

        var parallel = Verdicts("2");
        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6", "P7"], parallel.Select(v => v.Split(' ')[0]));
        Assert.Equal(Verdicts("1"), parallel);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65")]
    public void Jobs_outside_1_to_64_is_a_usage_error(string jobs) =>
        Assert.Contains("--jobs must be between 1 and 64", CliProcess.Run("prove", "--jobs", jobs).IsUsageError().Stderr);

    [Fact]
    public void A_solver_timeout_gives_verdict_unknown_and_exit_2()
    {
        var result = Prove("--policy", "contiguous-prefix", "--property", "P5", "--bios", "2", "--timeout", "0.001", "--format", "json").ExitsWith(2);

        using var doc = JsonDocument.Parse(result.Stdout);
        var r = Assert.Single(doc.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("unknown", r.GetProperty("verdict").GetString());
        Assert.Contains("timeout", r.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("counterexample").ValueKind);
    }

    [Fact]
    public void A_planted_fault_not_refuted_at_a_bound_too_small_to_show_it_is_reported_missed_and_exits_1()
    {
        // naive-partial violates P3 only with 2 BIOs (one ok, then one failed); at 1 BIO it holds, so prove could not
        // fail where the catalog says it must: that is a finding about the check, not a pass.
        var result = Prove("--policy", "naive-partial", "--property", "P3", "--bios", "1").ExitsWith(1);

        Assert.Contains("MISSED planted fault", result.Stdout);
        Assert.DoesNotContain("VIOLATED", result.Stdout);
    }

    private static CliResult Prove(params string[] args)
    {
        var result = CliProcess.Run(["prove", .. args], CliProcess.DefaultTimeout);
        Assert.False(result.ExitCode == 69, $"libz3 is not available here\n{result}");
        return result.HasNoStackTrace();
    }
}
