using DioVerify.Engine.Policies;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Reporting.Html;
using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// A schedule's free-text fields are the file author's: control characters, terminal escape sequences and
/// bidi controls in them are shown as visible <c>\uXXXX</c>, in the terminal and in the HTML page, never
/// obeyed by the terminal, never reordering the text, never crashing the page writer.
/// </summary>
public sealed class HostileStringsAreShownNotObeyed
{
    private const string Hostile = "dioverify\u0001 \u001b[2J\u001b]0;pwned\u0007 \u202eevil\u202c \u2066x\u2069 \u009b31m a\rb\nc \ud83d";

    private static Schedule Schedule() =>
        ScheduleReader.Parse(
            """
            {
              "version": 1,
              "request":  { "offset": 0, "length": 8192, "fileSize": 0, "blockSize": 4096, "sectorSize": 512, "maxBioBytes": 4096 },
              "outcomes": ["ok", "eio"],
              "arrival":  [1, 0]
            }
            """u8.ToArray(),
            "hostile.json") with { ProducedBy = Hostile, Property = Engine.Properties.PropertyId.P1 };

    [Theory]
    [InlineData('\u0000')]
    [InlineData('\u0001')]
    [InlineData('\u001b')]
    [InlineData('\u007f')]
    [InlineData('\u0085')]
    [InlineData('\u009b')]
    [InlineData('\u061c')]
    [InlineData('\u200e')]
    [InlineData('\u202a')]
    [InlineData('\u202e')]
    [InlineData('\u2066')]
    [InlineData('\u2069')]
    [InlineData('\u2028')]
    [InlineData('\r')]
    [InlineData('\n')]
    [InlineData('\t')]
    [InlineData('\ud800')]
    public void Every_control_bidi_and_unpaired_surrogate_becomes_a_visible_escape(char c) =>
        Assert.Equal($"a\\u{(int)c:x4}b", TerminalText.Neutralise($"a{c}b"));

    [Theory]
    [InlineData("dioverify 0.1.0")]
    [InlineData("é 日本 \U0001F600 ~")]
    public void Ordinary_text_is_left_as_it_is(string text) =>
        Assert.Same(text, TerminalText.Neutralise(text));

    [Fact]
    public void Line_breaks_and_tabs_can_be_kept_for_text_whose_layout_is_the_tools_own() =>
        Assert.Equal("a\n\tb\\u001b", TerminalText.Neutralise("a\n\tb\u001b", keepLineBreaks: true));

    [Fact]
    public void The_replay_status_shows_a_hostile_producedBy_without_a_control_character()
    {
        var schedule = Schedule();
        var run = Replay.Run(PolicyCatalog.Builtin.Find("sum-completed")!, schedule);

        var text = CounterexampleText.ReplayStatus(run, schedule.Property!.Value, schedule.ProducedBy, "dioverify 0.1.0");

        Assert.Contains("recorded by dioverify\\u0001 \\u001b[2J\\u001b]0;pwned\\u0007 \\u202eevil\\u202c", text);
        Assert.DoesNotContain(text.TrimEnd('\n'), c => char.IsControl(c) && c != '\n');
        Assert.Equal(2, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain('\u202e', text);
    }

    [Fact]
    public void The_replay_page_carries_a_hostile_producedBy_as_visible_text_instead_of_crashing()
    {
        var run = Replay.Run(PolicyCatalog.Builtin.Find("sum-completed")!, Schedule());

        var html = ReplayReportHtml.Render("hostile\u0001.json", [run], ["status \u001b[31m\n"]);

        var doc = HtmlDocuments.Parse(html);
        Assert.Contains("dioverify\\u0001 \\u001b[2J", doc.Root!.Value);
        Assert.Contains("hostile\\u0001.json", doc.Root.Value);
        Assert.DoesNotContain(html, c => c < ' ' && c is not ('\n' or '\t' or '\r'));
        Assert.DoesNotContain('\u202e', html);
    }
}
