using System.Text.Json;
using System.Xml.Linq;
using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// Machine-readable results (issue 18, item 3): SARIF 2.1.0 from check and prove, valid against the official schema;
/// one JSON envelope, <c>{"format": "dioverify-COMMAND/1", …}</c>, on every command with JSON; JUnit for prove with
/// the declaration, totals and a timestamp.
/// </summary>
public sealed class MachineReadableOutputTests
{
    [Fact]
    public void Check_sarif_is_valid_SARIF_with_a_rule_per_property_and_no_result_when_all_is_as_expected()
    {
        var result = CliProcess.Run("check", "--no-proofs", "--format", "sarif").ExitsWith(0).HasNoStackTrace();

        SarifSchema.AssertValid(result.Stdout);
        var run = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6", "P7"], rules.Take(7).Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("prefix-safety", rules[0].GetProperty("name").GetString());
        Assert.Empty(run.GetProperty("results").EnumerateArray());
        Assert.Equal("as-expected", run.GetProperty("properties").GetProperty("outcome").GetString());
    }

    [Fact]
    public void Check_sarif_has_a_result_per_unexpected_verdict_located_at_the_policy_source_file()
    {
        // One FsCheck case per pair misses most planted faults: each miss must become an error at the policy's rule.
        var result = CliProcess.Run("check", "--no-proofs", "--fscheck-tests", "1", "--format", "sarif").ExitsWith(1).HasNoStackTrace();

        SarifSchema.AssertValid(result.Stdout);
        var results = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        foreach (var r in results)
        {
            Assert.Matches("^P[1-7]$", r.GetProperty("ruleId").GetString());
            Assert.Equal("error", r.GetProperty("level").GetString());
            Assert.Contains("MISSED planted fault", r.GetProperty("message").GetProperty("text").GetString());
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.Matches("^models/policies/[0-9]{2}-[a-z-]+\\.rule$", uri);
            var source = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, uri));
            var line = location.GetProperty("region").GetProperty("startLine").GetInt32();
            Assert.StartsWith("return ", source[line - 1]);
        }
    }

    [Fact]
    public void Prove_sarif_is_valid_SARIF_and_reports_a_planted_fault_a_too_small_bound_misses_at_the_policy_rule()
    {
        // At 2 BIOs sum-completed's planted P3 fault is not reachable (it needs 3): proved, so the fault is MISSED.
        // The one obligation the result is about (the other six are as expected and so not results); a generous limit
        // for a loaded 2-core machine, and an unknown (exit 2) from a starved solver still has to be valid SARIF.
        var result = CliProcess.Run(["prove", "--policy", "sum-completed", "--property", "P3", "--bios", "2", "--format", "sarif"], TimeSpan.FromMinutes(6)).HasNoStackTrace();
        Assert.True(result.ExitCode is 1 or 2, $"expected exit 1 (a missed planted fault)\n{result}");

        SarifSchema.AssertValid(result.Stdout);
        var run = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("runs")[0];
        Assert.Equal("dioverify", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var p3 = Assert.Single(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "P3");
        Assert.Equal("error", p3.GetProperty("level").GetString());
        Assert.Contains("MISSED planted fault", p3.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("models/policies/05-sum-completed.rule",
            p3.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void A_schema_check_that_cannot_fail_is_worthless_so_an_invalid_log_is_rejected()
    {
        Assert.ThrowsAny<Exception>(() => SarifSchema.AssertValid("""{"version": "2.1.0", "runs": [{"tool": {}}]}"""));
    }

    [Theory]
    [InlineData("dioverify-prove/1", "results", "prove", "--policy", "contiguous-prefix", "--property", "P1", "--bios", "1", "--format", "json")]
    [InlineData("dioverify-policies/1", "policies", "policies", "--format", "json")]
    [InlineData("dioverify-counterexample/1", "counterexample", "counterexample", "--policy", "sum-completed", "--bios", "2", "--format", "json")]
    [InlineData("dioverify-explore/1", "results", "explore", "--policy", "sum-completed", "--bios", "2", "--exhaustive", "--format", "json")]
    [InlineData("dioverify-check/1", "exploration", "check", "--no-proofs", "--format", "json")]
    public void Every_JSON_output_is_an_envelope_naming_its_format(string format, string field, params string[] args)
    {
        var result = SharedCliRuns.Of(args).ExitsWith(0).HasNoStackTrace();

        var root = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(format, root.GetProperty("format").GetString());
        Assert.True(root.TryGetProperty(field, out _), $"no \"{field}\" in {format}\n{result}");
    }

    [Fact]
    public void Policies_json_lists_every_policy_with_its_source_file()
    {
        var root = JsonDocument.Parse(CliProcess.Run("policies", "--format", "json").ExitsWith(0).Stdout).RootElement;

        var policies = root.GetProperty("policies").EnumerateArray().ToList();
        Assert.Equal(Schedules.PolicyNames, policies.Select(p => p.GetProperty("name").GetString()));
        Assert.All(policies, p => Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, p.GetProperty("source").GetString()!))));
    }

    [Fact]
    public void Counterexample_json_carries_the_schedule_and_the_replayed_run()
    {
        var root = JsonDocument.Parse(CliProcess.Run("counterexample", "--policy", "sum-completed", "--property", "P1", "--format", "json").ExitsWith(0).Stdout).RootElement;

        Assert.True(root.GetProperty("found").GetBoolean());
        Assert.Equal("as-expected", root.GetProperty("judgement").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("counterexample").GetProperty("outcomes").ValueKind);
        Assert.False(root.GetProperty("run").GetProperty("properties").GetProperty("P1").GetBoolean());
    }

    [Fact]
    public void Prove_junit_has_the_declaration_totals_on_testsuites_and_a_timestamp()
    {
        var xml = CliProcess.Run("prove", "--policy", "sum-completed", "--property", "P1", "--bios", "2", "--format", "junit").ExitsWith(0).Stdout;

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml);
        var root = XDocument.Parse(xml).Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal("1", (string?)root.Attribute("tests"));
        Assert.Equal("0", (string?)root.Attribute("failures"));
        Assert.Equal("0", (string?)root.Attribute("errors"));
        var stamp = (string?)root.Element("testsuite")!.Attribute("timestamp");
        Assert.True(DateTime.TryParse(stamp, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out _), $"timestamp \"{stamp}\"");
    }
}
