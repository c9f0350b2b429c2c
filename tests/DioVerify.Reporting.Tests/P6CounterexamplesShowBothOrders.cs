using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Reporting.Html;
using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// A P6 counterexample is two arrival orders of the same outcomes that end differently: its page draws both
/// timelines side by side, each with what the policy returned, the new size and the kept blocks beneath, and
/// marks the results that differ.
/// </summary>
public sealed class P6CounterexamplesShowBothOrders
{
    [Fact]
    public void The_page_draws_a_timeline_for_each_order_with_its_results_and_highlights_the_difference()
    {
        var schedule = ReportsAtRealSizesFitTheWindow.ScheduleOf("4-mib-three-failed-128-kib-bios");
        var story = CounterexampleStory.Of(Replay.Run(PolicyCatalog.Builtin.Find("arrival-cutoff")!, schedule), PropertyId.P6);
        var other = Assert.IsType<RunReport>(story.AlternateRun);

        var doc = HtmlDocuments.Parse(CounterexampleReportHtml.Render(story));

        var orders = doc.WithClass("orders").Single().Elements().Where(e => e.HasClass("order")).ToList();
        Assert.Equal(2, orders.Count);
        Assert.All(orders, order => Assert.Single(order.Descendants("svg"), svg => svg.HasClass("timeline")));
        Assert.Equal(2, doc.Descendants("svg").Count(svg => svg.HasClass("timeline")));

        string ResultOf(int order, string term) => orders[order].WithClass("result").Single(r => r.Element("dt")!.Value == term).Element("dd")!.Value;
        Assert.Equal(story.Run.ReturnedText, ResultOf(0, "returned R"));
        Assert.Equal(other.ReturnedText, ResultOf(1, "returned R"));
        Assert.Equal($"{other.Outcome.NewSize}", ResultOf(1, "new size"));

        // The orders differ in at least one result, and exactly the differing ones are highlighted, in both columns.
        var differing = orders.Select(o => o.WithClass("differs").Select(r => r.Element("dt")!.Value).ToList()).ToList();
        Assert.NotEmpty(differing[0]);
        Assert.Equal(differing[0], differing[1]);
        Assert.All(differing[0], term => Assert.NotEqual(ResultOf(0, term), ResultOf(1, term)));
        Assert.All(orders[0].WithClass("result").Where(r => !r.HasClass("differs")).Select(r => r.Element("dt")!.Value),
            term => Assert.Equal(ResultOf(0, term), ResultOf(1, term)));
    }

    [Fact]
    public void A_counterexample_of_another_property_draws_one_timeline()
    {
        var schedule = ReportsAtRealSizesFitTheWindow.ScheduleOf("4-mib-three-failed-128-kib-bios");
        var story = CounterexampleStory.Of(Replay.Run(PolicyCatalog.Builtin.Find("sum-completed")!, schedule), PropertyId.P1);

        var doc = HtmlDocuments.Parse(CounterexampleReportHtml.Render(story));

        Assert.Empty(doc.WithClass("orders"));
        Assert.Single(doc.Descendants("svg"), svg => svg.HasClass("timeline"));
    }
}
