using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Write;
using DioVerify.Exploration;
using DioVerify.Reporting.Html;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Check;
using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// <c>check</c>'s one report, rendered four ways: the same judgement in the same words in text, JSON, JUnit and HTML,
/// and the text renderings approved as snapshots with the volatile numbers (times, rates) scrubbed.
/// </summary>
public sealed partial class CheckReportRenderings
{
    [Theory]
    [InlineData(true, VerdictKind.Holds, Judgement.AsExpected)]
    [InlineData(true, VerdictKind.Violated, Judgement.UnexpectedViolation)]
    [InlineData(false, VerdictKind.Violated, Judgement.AsExpected)]
    [InlineData(false, VerdictKind.Holds, Judgement.MissedPlantedFault)]
    [InlineData(true, VerdictKind.Unknown, Judgement.Unknown)]
    [InlineData(false, VerdictKind.Unknown, Judgement.Unknown)]
    public void Expectation_judges_a_verdict_against_what_the_policy_claims(bool claimed, VerdictKind verdict, Judgement judgement)
    {
        Assert.Equal(judgement, Expectation.Judge(claimed, verdict));
    }

    [Fact]
    public void A_claimed_property_that_is_violated_reads_as_a_violation_everywhere_and_never_as_a_false_alarm()
    {
        var report = ReportOf(new ClaimsTooMuch(), maxBios: 2);
        Assert.Equal(Judgement.UnexpectedViolation, report.Exploration["claims-too-much", PropertyId.P1].Judgement);
        Assert.Equal(CheckOutcome.NotAsExpected, report.Outcome);

        var label = Judgement.UnexpectedViolation.Label();
        var text = CheckReportText.Render(report);
        var json = CheckReportJson.Render(report);
        var junit = CheckReportJUnit.Render(report);
        var html = CheckReportHtml.Render(report);
        Assert.Contains("VIOLATED refuted@", text);
        Assert.Contains("\"judgement\": \"unexpected-violation\"", json);
        Assert.Contains(label, junit);
        Assert.Contains("VIOLATED refuted@", html);
        foreach (var rendering in new[] { text, json, junit, html })
        {
            Assert.DoesNotContain("FALSE ALARM", rendering, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void An_internal_contradiction_in_one_policy_is_reported_after_every_table_and_decides_the_outcome()
    {
        var explored = CheckReports.Explored(maxBios: 2);
        var report = explored with { Problems = [new CheckProblem(ProblemKind.Internal, "sum-completed", "the exploration counterexample for sum-completed P1 does not violate it when replayed")] };

        Assert.Equal(CheckOutcome.Internal, report.Outcome);
        var text = CheckReportText.Render(report);
        foreach (var section in new[] { "check: exhaustive exploration", "kill matrix:", "FsCheck:", "PROBLEM (internal) sum-completed:", "check: INTERNAL ERROR" })
        {
            Assert.Contains(section, text);
        }

        Assert.True(text.IndexOf("kill matrix:", StringComparison.Ordinal) < text.IndexOf("PROBLEM (internal)", StringComparison.Ordinal));
        foreach (var policy in PolicyCatalog.Builtin.Policies) Assert.Contains(policy.Name, text);
        Assert.Contains("\"outcome\": \"internal-error\"", CheckReportJson.Render(report));
    }

    [Fact]
    public void The_json_rendering_holds_the_whole_report_under_its_format_version()
    {
        var report = CheckReports.Explored(maxBios: 3);
        using var json = JsonDocument.Parse(CheckReportJson.Render(report));
        var root = json.RootElement;

        Assert.Equal("dioverify-check/1", root.GetProperty("format").GetString());
        Assert.Equal("unknown", root.GetProperty("outcome").GetString());
        var rows = root.GetProperty("exploration").GetProperty("rows");
        Assert.Equal(PolicyCatalog.Builtin.Policies.Select(p => p.Name), rows.EnumerateArray().Select(r => r.GetProperty("policy").GetString()));
        var sum = rows.EnumerateArray().Single(r => r.GetProperty("policy").GetString() == "sum-completed").GetProperty("cells").GetProperty("P1");
        Assert.Equal("refuted", sum.GetProperty("verdict").GetString());
        Assert.Equal("as-expected", sum.GetProperty("judgement").GetString());
        Assert.Equal(1, sum.GetProperty("counterexample").GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("proofs").ValueKind);
        Assert.Equal(report.KillMatrix.Rows.Count, root.GetProperty("killMatrix").GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public void The_junit_rendering_has_a_testcase_per_cell_and_per_kill_matrix_column_with_totals()
    {
        var report = CheckReports.Explored(maxBios: 3);
        var xml = CheckReportJUnit.Render(report);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml);
        var root = XDocument.Parse(xml).Root!;

        var exploration = root.Elements("testsuite").Single(s => (string)s.Attribute("name")! == "dioverify check: exploration");
        Assert.Equal(PolicyCatalog.Builtin.Policies.Count * PropertyCatalog.All.Count, exploration.Elements("testcase").Count());
        Assert.Empty(exploration.Descendants("failure"));
        var killMatrix = root.Elements("testsuite").Single(s => (string)s.Attribute("name")! == "dioverify check: kill matrix");
        Assert.Equal(report.KillMatrix.Rows.Count * report.KillMatrix.Columns.Count, killMatrix.Elements("testcase").Count());
        Assert.Equal(root.Descendants("testcase").Count(), (int)root.Attribute("tests")!);
        Assert.Equal(root.Descendants("error").Count(), (int)root.Attribute("errors")!);
    }

    [Fact]
    public void Check_report_text()
    {
        var policies = CheckReports.Pictured(typeof(CheckReportRenderings), nameof(Check_report_text), "explored-to-3-bios");
        Snapshots.Verify(Scrub(CheckReportText.Render(CheckReports.Explored(maxBios: 3, policies: policies))), typeof(CheckReportRenderings), nameof(Check_report_text), "explored-to-3-bios");
    }

    [Fact]
    public void Kill_matrix_text()
    {
        var policies = CheckReports.Pictured(typeof(CheckReportRenderings), nameof(Kill_matrix_text), "explored-to-3-bios");
        Snapshots.Verify(CheckReportText.KillMatrix(CheckReports.Explored(maxBios: 3, policies: policies).KillMatrix), typeof(CheckReportRenderings), nameof(Kill_matrix_text), "explored-to-3-bios");
    }

    /// <summary>Times and rates change run to run; they become placeholders.</summary>
    private static string Scrub(string text) => Seconds().Replace(text, "{seconds} s");

    [GeneratedRegex(@"\d+(\.\d+)? s\b")]
    private static partial Regex Seconds();

    private static CheckReport ReportOf(IPolicy policy, int maxBios)
    {
        IReadOnlyList<ExploreResult> results = [.. Enumerable.Range(0, maxBios + 1).Select(b => Explorer.Exhaustive(policy, b))];
        var table = ExplorationTableBuilder.Build([results], maxBios, (_, _, _) => true);
        return new CheckReport(VersionStamp.ProducedBy, table, new FsCheckColumn(0, 0, TimeSpan.Zero, []), null, []);
    }

    /// <summary>sum-completed's rule under a claim that every property holds: the checkers are right to refute it.</summary>
    private sealed class ClaimsTooMuch : IPolicy
    {
        public string Name => "claims-too-much";

        public string Rule => "sum-completed, claimed correct";

        public ExpectedVerdicts Expected => ExpectedVerdicts.AllHold;

        public Decision<TInt> Finish<TBool, TInt>(IAlgebra<TBool, TInt> a, Geometry<TBool, TInt> g, CompletionState<TBool, TInt> s) =>
            PolicyCatalog.Builtin.Find("sum-completed")!.Finish(a, g, s);
    }
}
