using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// <c>--html FILE</c> on replay, counterexample and check: one self-contained page written beside the usual text
/// (which it does not change), its path on stderr; a path that cannot be written is refused before any work.
/// </summary>
public sealed class HtmlReportTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Replay_writes_the_page_with_the_sector_map_and_the_verdicts_and_prints_the_same_text()
    {
        var schedule = _dir.Write("spec.json", Schedules.SpecExample);
        var page = Path.Combine(_dir.Path, "replay.html");

        var result = CliProcess.Run("replay", schedule, "--policy", "sum-completed", "--html", page).ExitsWith(0).HasNoStackTrace();

        Assert.Equal(CliProcess.Run("replay", schedule, "--policy", "sum-completed").Stdout, result.Stdout);
        Assert.Equal([$"HTML report written to {page}"], result.StderrLines);
        var html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<svg class=\"sector-map\"", html);
        Assert.Contains("<svg class=\"timeline\"", html);
        Assert.Contains("<td class=\"fails\">FAILS</td>", html);    // P1, P3 and P4 fail for sum-completed here
        Assert.Contains("claimed but not durable: [16384, 49152), 32768 bytes", html);
        Assert.Contains("<dd>49152 bytes</dd>", html);              // R
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.tmp"));
    }

    [Fact]
    public void Counterexample_writes_the_story_and_says_so_when_there_is_none()
    {
        var found = Path.Combine(_dir.Path, "found.html");
        var none = Path.Combine(_dir.Path, "none.html");

        CliProcess.Run("counterexample", "--policy", "sum-completed", "--html", found).ExitsWith(0).HasNoStackTrace();
        CliProcess.Run("counterexample", "--policy", "contiguous-prefix", "--bios", "2", "--html", none).ExitsWith(0).HasNoStackTrace();

        var story = File.ReadAllText(found);
        Assert.Contains("<h1>counterexample: sum-completed violates P1 prefix-safety with 2 BIO(s), 1 failed</h1>", story);
        Assert.Contains("<svg class=\"sector-map\"", story);
        Assert.Contains("<table class=\"engine-state\">", story);
        Assert.Contains("<li>claimed but not durable: [0, 1024), 1024 bytes</li>", story);
        Assert.Contains("no counterexample with up to 2 BIOs: P1 prefix-safety holds for every schedule explored", File.ReadAllText(none));
    }

    /// <summary>The page is written whatever the verdict (a failing check is when it is most wanted), and agrees with stdout.</summary>
    [Fact]
    public void Check_writes_the_matrix_with_refuted_cells_linked_to_their_counterexamples()
    {
        var page = Path.Combine(_dir.Path, "check.html");

        var result = CliProcess.Run("check", "--no-proofs", "--max-bios", "3", "--html", page).HasNoStackTrace();

        Assert.Contains($"HTML report written to {page}", result.Stderr);
        var html = File.ReadAllText(page);
        Assert.Contains("<table class=\"matrix\">", html);
        Assert.Contains("<a href=\"#cex-sum-completed-P1\">refuted@2</a>", html);
        Assert.Contains("<details class=\"counterexample\" id=\"cex-sum-completed-P1\">", html);
        Assert.Contains("Not run (--no-proofs).", html);
        Assert.Equal(result.Stdout.Contains("every verdict as expected"), html.Contains("every verdict as expected"));
    }

    [Theory]
    [InlineData("replay")]
    [InlineData("counterexample")]
    [InlineData("check")]
    public void A_path_that_cannot_be_a_file_exits_69_before_any_work_and_says_why(string command)
    {
        var notADirectory = _dir.Write("plain-file", "");
        string[] args = command switch
        {
            "replay" => ["replay", _dir.Write("spec.json", Schedules.SpecExample)],
            "counterexample" => ["counterexample", "--policy", "sum-completed"],
            _ => ["check", "--no-proofs"],
        };

        var underAFile = CliProcess.Run([.. args, "--html", Path.Combine(notADirectory, "report.html")], CliProcess.DefaultTimeout).ExitsWith(69).HasNoStackTrace();
        var aDirectory = CliProcess.Run([.. args, "--html", _dir.Path], CliProcess.DefaultTimeout).ExitsWith(69).HasNoStackTrace();

        Assert.Equal([$"dioverify: cannot write the HTML report {Path.Combine(notADirectory, "report.html")}: {notADirectory} is not a directory"], underAFile.StderrLines);
        Assert.Equal([$"dioverify: cannot write the HTML report {_dir.Path}: it is a directory"], aDirectory.StderrLines);
        Assert.Equal("", underAFile.Stdout + aDirectory.Stdout);
    }

    [Theory]
    [InlineData("replay")]
    [InlineData("counterexample")]
    [InlineData("check")]
    public void The_help_names_the_option(string command) =>
        Assert.Contains("--html <FILE>", CliProcess.Run(command, "--help").ExitsWith(0).Stdout);

    [Fact]
    public void An_empty_file_name_is_a_usage_error() =>
        CliProcess.Run("replay", _dir.Write("spec.json", Schedules.SpecExample), "--html", "").IsUsageError();

    [Fact]
    public void An_existing_report_is_replaced_whole()
    {
        var page = _dir.Write("old.html", "an old report that is longer than nothing");

        CliProcess.Run("replay", _dir.Write("spec.json", Schedules.SpecExample), "--policy", "contiguous-prefix", "--html", page).ExitsWith(0);

        var html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("an old report", html);
        Assert.EndsWith("</html>\n", html);
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.tmp"));
    }
}
