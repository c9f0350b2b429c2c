using System.Xml.Linq;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Reporting.Html;
using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// Every HTML report is one file that needs nothing else: no script, style, font or image from anywhere, no link
/// out of the page; text that came from outside (a file name, a message) is escaped, never markup.
/// </summary>
public sealed class HtmlPagesAreSelfContainedAndEscaped
{
    public static TheoryData<string> Pages => ["replay", "counterexample", "check"];

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_page_is_well_formed_and_references_nothing_outside_itself(string page)
    {
        var html = Render(page);
        var doc = HtmlDocuments.Parse(html);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html);
        Assert.DoesNotContain(doc.Descendants(), e => e.Attribute("src") is not null);
        Assert.Empty(doc.Descendants("link"));
        Assert.All(doc.Descendants().Attributes("href"), href => Assert.StartsWith("#", href.Value));
        Assert.DoesNotContain("http:", html);
        Assert.DoesNotContain("https:", html);
        Assert.DoesNotContain("url(", html);
        Assert.Contains("default-src 'none'", (string?)doc.Descendants("meta").Single(m => (string?)m.Attribute("http-equiv") == "Content-Security-Policy").Attribute("content"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_stylesheet_is_written_verbatim(string page)
    {
        var html = Render(page);

        // Escaped, it would be broken CSS inside <style>.
        Assert.Contains($"<style>{ReportStyle.Css}</style>", html);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_page_carries_no_script_and_its_policy_forbids_any(string page)
    {
        var html = Render(page);
        var doc = HtmlDocuments.Parse(html);
        var policy = (string?)doc.Descendants("meta").Single(m => (string?)m.Attribute("http-equiv") == "Content-Security-Policy").Attribute("content");

        Assert.Empty(doc.Descendants("script"));
        Assert.DoesNotContain(doc.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        Assert.Contains("script-src 'none'", policy);
        Assert.Equal(HtmlPage.ContentSecurityPolicy, policy);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void No_html_element_is_self_closed_since_an_html_parser_would_read_it_as_open(string page)
    {
        var html = Render(page);
        var outsideSvg = HtmlDocuments.Parse(html).Descendants().Where(e => !e.AncestorsAndSelf("svg").Any());

        Assert.All(outsideSvg.Where(e => e.IsEmpty), e => Assert.Equal("meta", e.Name.LocalName));
    }

    [Fact]
    public void A_file_name_and_a_status_line_are_text_not_markup()
    {
        var run = Replay.Run(PolicyCatalog.Builtin.Find("sum-completed")!, ReadScenario("first-bio-fails"));
        const string file = "/tmp/a <b>bold & \"quoted\".json";
        const string status = "still fails: <i>x</i> & more\n";

        var html = ReplayReportHtml.Render(file, [run], [status]);
        var doc = HtmlDocuments.Parse(html);

        Assert.Equal("replay of a <b>bold & \"quoted\".json", doc.Root!.Element("head")!.Element("title")!.Value);
        Assert.Empty(doc.Descendants("b"));
        Assert.Empty(doc.Descendants("i"));
        Assert.Contains("replay of a &lt;b&gt;bold &amp; \"quoted\".json", html);
        Assert.Equal("still fails: <i>x</i> & more", doc.Root!.WithClass("status").Single().Text());
    }

    [Fact]
    public void The_counterexample_page_has_the_story_the_text_tells()
    {
        var schedule = ReadScenario("first-bio-fails");
        var run = Replay.Run(PolicyCatalog.Builtin.Find("sum-completed")!, schedule);
        var story = CounterexampleStory.Of(run, PropertyId.P1);

        var doc = HtmlDocuments.Parse(CounterexampleReportHtml.Render(story));

        Assert.Equal(CounterexampleText.Render(story).Split('\n')[0], doc.Descendants("h1").Single().Text());
        Assert.Equal(story.Finding.Select(line => line.Trim()), doc.Root!.WithClass("finding").First().Elements("li").Select(li => li.Text()));
        Assert.Single(doc.Root!.WithClass("sector-map"));
        Assert.Single(doc.Root!.WithClass("timeline"));

        // The state table: the submission and one row per completion, each completion naming its BIO.
        var rows = doc.Root!.WithClass("engine-state").Single().Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(story.Steps.Count + 1, rows.Count);
        Assert.Equal(story.Steps.Select(s => $"BIO {s.Bio} {(s.Status == Engine.Model.BioStatus.Ok ? "ok" : "EIO")}"), rows.Skip(1).Select(r => r.Elements("td").ElementAt(1).Text()));

        // The focused property's verdict row is P1, failing, with its account.
        var focus = doc.Root!.WithClass("focus").Single();
        Assert.Equal("P1 prefix-safety", focus.Elements("td").First().Text());
        Assert.Equal("FAILS", focus.Elements("td").ElementAt(2).Text());
    }

    [Fact]
    public void The_timeline_has_a_lane_per_bio_with_completions_left_to_right_in_arrival_order()
    {
        var schedule = ReadScenario("morton-50-bios");
        var story = CounterexampleStory.Of(Replay.Run(PolicyCatalog.Builtin.Find("contiguous-prefix")!, schedule), PropertyId.P1);

        var svg = TimelineSvg.Render(story.Bios, story.Steps);

        var lanes = svg.WithClass("lane").ToList();
        Assert.Equal(50, lanes.Count);
        Assert.Equal(50, svg.WithClass("submit").Count());
        var completions = lanes.Select((lane, bio) => (Bio: bio, Mark: lane.WithClass("completion").Single())).ToList();
        Assert.Equal([20], completions.Where(c => c.Mark.HasClass("eio")).Select(c => c.Bio));
        var leftToRight = completions.OrderBy(c => (double)c.Mark.Attribute("x")!).Select(c => c.Bio);
        Assert.Equal(schedule.Arrival, leftToRight);
    }

    private static string Render(string page)
    {
        var schedule = ReadScenario("sector-smaller-than-block-cut");
        var runs = PolicyCatalog.Builtin.Policies.Select(p => Replay.Run(p, schedule)).ToList();
        return page switch
        {
            "replay" => ReplayReportHtml.Render("sector-smaller-than-block-cut.json", runs, ["still fails: P1 prefix-safety (sum-completed)\n"]),
            "counterexample" => CounterexampleReportHtml.Render(CounterexampleStory.Of(runs.Single(r => r.Policy.Name == "sum-completed"), PropertyId.P1)),
            _ => CheckReportMatrix.Render(maxBios: 2),
        };
    }

    private static Schedule ReadScenario(string name) => ScheduleReader.ReadFile(Path.Combine(Repository.Scenarios, name + ".json"));
}
