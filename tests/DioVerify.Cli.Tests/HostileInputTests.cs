using DioVerify.Cli.Tests.Support;
using Xunit;

namespace DioVerify.Cli.Tests;

/// <summary>
/// Input written to attack the tool or its user: strings that would steer the terminal, broken Unicode, and
/// output names that are not files. Each is a clean exit with a message, never exit 70 and never obeyed.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string WithProducedBy(string escapedJson) =>
        Schedules.SpecExample.Replace("\"version\": 1,", $"\"version\": 1,\n  \"producedBy\": \"{escapedJson}\", \"property\": \"P1\", \"policy\": \"sum-completed\",");

    [Fact]
    public void A_control_character_in_producedBy_is_replayed_and_written_as_HTML_not_an_internal_error()
    {
        var file = _dir.Write("hostile.json", WithProducedBy("x\\u0001 \\u001b[2J \\u202eevil"));
        var html = Path.Combine(_dir.Path, "report.html");

        var result = CliProcess.Run("replay", file, "--html", html).ExitsWith(0).HasNoStackTrace();

        Assert.Contains("recorded by x\\u0001 \\u001b[2J \\u202eevil", result.Stdout);
        Assert.DoesNotContain('\u001b', result.Stdout);
        Assert.DoesNotContain('\u202e', result.Stdout);
        Assert.Contains("x\\u0001", File.ReadAllText(html));
    }

    [Fact]
    public void An_escape_sequence_echoed_in_a_bad_input_message_is_shown_not_sent_to_the_terminal()
    {
        var file = _dir.Write("hostile.json", Schedules.SpecExample.Replace("\"version\": 1,", "\"version\": 1, \"\\u001b]0;pwned\\u0007\": 1,"));

        var result = CliProcess.Run("replay", file).ExitsWith(65).HasNoStackTrace();

        Assert.Contains("unknown field \"\\u001b]0;pwned\\u0007\"", result.Stderr);
        Assert.DoesNotContain('\u001b', result.Stderr);
    }

    [Fact]
    public void A_lone_surrogate_escape_is_bad_input_at_its_position()
    {
        var file = _dir.Write("hostile.json", WithProducedBy("\\ud83d"));

        var result = CliProcess.Run("replay", file).ExitsWith(65).HasNoStackTrace();

        Assert.Matches(@"hostile\.json:3:\d+: the escape \\ud83d is half of a UTF-16 surrogate pair", result.Stderr);
    }

    [Theory]
    [InlineData("/dev/stdout")]
    [InlineData("/dev/null")]
    public void An_html_target_that_is_a_device_or_a_link_to_one_is_refused_before_any_work(string target)
    {
        var file = _dir.Write("spec.json", Schedules.SpecExample);

        var result = CliProcess.Run("replay", file, "--html", target).ExitsWith(69).HasNoStackTrace();

        Assert.Contains($"cannot write the HTML report {target}: it is a ", result.Stderr);
        Assert.Equal("", result.Stdout);
    }
}
