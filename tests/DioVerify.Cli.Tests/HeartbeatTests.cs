using System.Text.RegularExpressions;
using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// Off a terminal, long work prints a plain heartbeat line at least every interval (issue 18, item 4): a CI log
/// never stays silent for minutes and never carries a progress bar's escape codes.
/// </summary>
public sealed class HeartbeatTests
{
    private static readonly Regex HeartbeatLine = new(@"^dioverify: (?<label>.+): (?<done>[\d,]+)/(?<total>[\d,]+)( \(\d+%\))?, \d+ s (elapsed|done in)$");

    [Fact]
    public void A_heartbeat_prints_label_progress_and_elapsed_time_at_each_beat_then_a_closing_line()
    {
        // Beats are driven by hand: a test that waits for a timer is flaky on a loaded machine (seen here: no beat
        // at all in 550 ms while the thread pool was starved). The timer itself is exercised by the piped check below.
        var output = new StringWriter();
        using (var heartbeat = new Heartbeat(TextWriter.Synchronized(output), "proving", 10, TimeSpan.FromHours(1)))
        {
            heartbeat.Report(3);
            heartbeat.Beat();
            heartbeat.Report(4);
            heartbeat.Beat();
        }

        var lines = Lines(output.ToString());
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("dioverify: proving: 7/10 (70%), ", lines[1]);
        Assert.All(lines, line => Assert.Matches(HeartbeatLine, line));
        Assert.StartsWith("dioverify: proving: 3/10 (30%), ", lines[0]);
        Assert.EndsWith(" done in", lines[^1]);
    }

    [Fact]
    public void Work_shorter_than_the_interval_prints_nothing()
    {
        var output = new StringWriter();
        using (var heartbeat = new Heartbeat(TextWriter.Synchronized(output), "exploring", 5, TimeSpan.FromSeconds(10)))
        {
            heartbeat.Report(5);
        }

        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void The_interval_is_10_seconds_unless_the_environment_sets_it() =>
        Assert.Equal(TimeSpan.FromSeconds(10), Heartbeat.DefaultInterval);

    [Fact]
    public void A_piped_check_prints_heartbeat_lines_without_escape_codes()
    {
        // The interval is shortened so the seconds of check's FsCheck phase at its default 2000 cases per pair show
        // several beats; 10 s is the same code path.
        var args = new[] { "check", "--no-proofs" };
        var start = CliProcess.StartInfo(args);
        start.Environment[Heartbeat.IntervalVariable] = "0.1";
        var result = CliProcess.Run(start, args, CliProcess.DefaultTimeout).ExitsWith(0).HasNoStackTrace();

        var beats = result.StderrLines.Where(l => HeartbeatLine.IsMatch(l)).ToList();
        Assert.True(beats.Count >= 3, $"expected several heartbeat lines on a piped stderr\n{result}");
        Assert.Contains(beats, l => l.Contains("FsCheck on every policy", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', result.Stderr);
        Assert.DoesNotContain('\u001b', result.Stdout);
    }

    private static List<string> Lines(string text) => [.. text.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)];
}
