using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using System.Text.RegularExpressions;
using DioVerify.Cli.Tests.Support;
using DioVerify.Engine.Policies;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary><c>dioverify check</c>, the main job: every (policy, property) verdict as the catalog expects.</summary>
public sealed class CheckTests
{
    // The proof half of check (three solvers over proofs/, minutes) runs in CI as ./dioverify check;
    // here the exploration half with its kill matrix (explore and FsCheck), and the proof half's refusal
    // to run without a ledger.
    [Fact]
    public void Check_exits_0_and_says_every_verdict_is_as_expected()
    {
        var text = SharedCliRuns.Of("check", "--no-proofs").ExitsWith(0).HasNoStackTrace().Stdout;

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
    public void Check_kill_matrix_has_an_FsCheck_column_that_catches_every_planted_fault_with_a_small_shrunk_case()
    {
        var text = SharedCliRuns.Of("check", "--no-proofs").ExitsWith(0).HasNoStackTrace().Stdout;

        var matrix = KillMatrix(text);
        Assert.Matches(new Regex(@"^\s+planted fault\s+explore\s+fscheck$", RegexOptions.Multiline), matrix);
        var planted = PolicyCatalog.Builtin.Policies.SelectMany(p => p.Expected.Violated.Select(q => $"{p.Name} {q}")).ToList();
        foreach (var fault in planted)
        {
            var row = new Regex($@"^\s+{Regex.Escape(fault)}\s+caught\s+caught@(\d+)$", RegexOptions.Multiline).Match(matrix);
            Assert.True(row.Success, $"no kill matrix row saying explore and FsCheck caught {fault}:\n{matrix}");
            Assert.InRange(int.Parse(row.Groups[1].Value, CultureInfo.InvariantCulture), 1, 3);
        }

        Assert.Equal(planted.Count, Regex.Matches(matrix, @"caught@\d+").Count);
        Assert.Contains($"{planted.Count} of {planted.Count} planted faults caught; none of the", text);
    }

    [Fact]
    public void Check_fails_when_FsCheck_misses_a_planted_fault()
    {
        // One generated case per pair is far too few to find most faults: the column must say so and check must fail.
        var result = CliProcess.Run("check", "--no-proofs", "--fscheck-tests", "1").ExitsWith(1).HasNoStackTrace();
        Assert.Matches(new Regex(@"^\s+[a-z-]+ P\d\s+caught\s+MISSED$", RegexOptions.Multiline), KillMatrix(result.Stdout));
        Assert.DoesNotMatch(@"(\d+) of \1 planted faults caught", result.Stdout);
    }

    [Fact]
    public void Check_FsCheck_column_is_reproducible()
    {
        // Five cases per pair catch some planted faults and miss others: a seed that changed between runs would show.
        var first = KillMatrix(CliProcess.Run("check", "--no-proofs", "--fscheck-tests", "5").ExitsWith(1).Stdout);
        var second = KillMatrix(CliProcess.Run("check", "--no-proofs", "--fscheck-tests", "5").ExitsWith(1).Stdout);
        Assert.Contains("MISSED", first);
        Assert.Matches(@"caught@\d", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Check_as_json_is_the_whole_report_with_the_same_verdicts_and_exit_code()
    {
        var result = SharedCliRuns.Of("check", "--no-proofs", "--format", "json").ExitsWith(0).HasNoStackTrace();

        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Equal("dioverify-check/1", root.GetProperty("format").GetString());
        Assert.Equal("as-expected", root.GetProperty("outcome").GetString());
        Assert.Equal(Schedules.PolicyNames, root.GetProperty("exploration").GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("policy").GetString()!));
        var planted = PolicyCatalog.Builtin.Policies.Sum(p => p.Expected.Violated.Count());
        var rows = root.GetProperty("killMatrix").GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(planted, rows.Count);
        Assert.All(rows, row => Assert.All(row.GetProperty("entries").EnumerateObject(), e => Assert.Equal("as-expected", e.Value.GetProperty("judgement").GetString())));
        Assert.Equal(planted, root.GetProperty("fscheck").GetProperty("cells").EnumerateArray().Count(c => c.GetProperty("caught").GetBoolean()));
    }

    [Fact]
    public void Check_as_junit_fails_the_testcases_of_a_missed_planted_fault_and_exits_1()
    {
        var result = CliProcess.Run("check", "--no-proofs", "--fscheck-tests", "1", "--format", "junit").ExitsWith(1).HasNoStackTrace();

        var root = XDocument.Parse(result.Stdout).Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        var fsCheck = root.Elements("testsuite").Single(s => s.Attribute("name")!.Value == "dioverify check: fscheck");
        Assert.Contains(fsCheck.Descendants("failure"), f => f.Attribute("message")!.Value.Contains("MISSED planted fault", StringComparison.Ordinal));
        Assert.Equal(root.Descendants("failure").Count(), int.Parse(root.Attribute("failures")!.Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Check_with_no_FsCheck_cases_is_a_usage_error()
    {
        CliProcess.Run("check", "--no-proofs", "--fscheck-tests", "0").IsUsageError();
    }

    [Fact]
    public void Check_without_a_ledger_says_how_to_write_proofs_and_exits_65()
    {
        var empty = Directory.CreateTempSubdirectory("dioverify-proofs-").FullName;
        try
        {
            // The ledger is read when the proof half starts: a small exploration and FsCheck half gets there in seconds.
            var result = CliProcess.Run("check", "--proofs", empty, "--max-bios", "1", "--fscheck-tests", "1").ExitsWith(65).HasNoStackTrace();
            Assert.Contains("check --update", result.Stderr);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    /// <summary>The kill matrix section of check's output, up to (not including) the FsCheck summary line.</summary>
    private static string KillMatrix(string stdout)
    {
        var start = stdout.IndexOf("kill matrix:", StringComparison.Ordinal);
        Assert.True(start >= 0, $"check printed no kill matrix:\n{stdout}");
        var end = stdout.IndexOf("FsCheck:", start, StringComparison.Ordinal);
        return stdout[start..(end < 0 ? stdout.Length : end)];
    }
}
