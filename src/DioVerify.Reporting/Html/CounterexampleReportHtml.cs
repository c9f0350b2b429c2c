using System.Xml.Linq;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>A counterexample story as HTML: a page of its own (<c>counterexample --html</c>) or a section of the check report.</summary>
public static class CounterexampleReportHtml
{
    public static string Render(CounterexampleStory story) => HtmlPage.Document(Title(story), Body(story));

    /// <summary>The story as a section with <paramref name="id"/>, the target of a link from elsewhere in the page.</summary>
    public static XElement Section(CounterexampleStory story, string id) =>
        E("section", Class("counterexample"), A("id", id), E("h2", Title(story)), Body(story));

    /// <summary>
    /// The story collapsed under its title (<c>&lt;details&gt;</c>), without a legend of its own: the check report has
    /// dozens, each one click away, and one legend for all. A link to <paramref name="id"/> opens it.
    /// </summary>
    public static XElement Collapsed(CounterexampleStory story, string id) =>
        E("details", Class("counterexample"), A("id", id), E("summary", Title(story)), Body(story, legend: false));

    /// <summary>The page when exhaustive search up to <paramref name="maxBios"/> BIOs found no counterexample.</summary>
    public static string NotFound(IPolicy policy, PropertyId property, int maxBios, long schedules) =>
        HtmlPage.Document($"counterexample: none for {policy.Name} {property} {PropertyCatalog.NameOf(property)}",
            E("p", Class("status"), CounterexampleText.NotFound(policy, property, maxBios, schedules).Trim()));

    /// <summary>
    /// The timeline of the run; for a P6 counterexample, the two arrival orders side by side, each with what the
    /// policy decided from it, the decisions that differ highlighted.
    /// </summary>
    private static XElement Timelines(CounterexampleStory story)
    {
        var run = story.Run;
        if (story.AlternateRun is not { } other) return TimelineOf(run, story.Bios);
        return E("div", Class("orders"),
            OrderColumn("this order", run, other, story.Bios),
            OrderColumn("the other order", other, run, story.Bios));
    }

    private static XElement OrderColumn(string name, RunReport run, RunReport other, IReadOnlyList<StoryBio> bios)
    {
        XElement Result(string term, string value, string otherValue) =>
            E("div", Class(value == otherValue ? "result" : "result differs"), E("dt", term), E("dd", value));
        return E("div", Class("order"),
            E("h4", name),
            E("div", Class("arrival"), "arrival ", IndexRanges.Html(run.Schedule.Arrival)),
            TimelineOf(run, bios, TimelineSvg.HalfWidth),
            E("dl", Class("results"),
                Result("returned R", run.ReturnedText, other.ReturnedText),
                Result("new size", $"{run.Outcome.NewSize}", $"{other.Outcome.NewSize}"),
                Result("kept", Kept(run), Kept(other))));
    }

    private static string Kept(RunReport run)
    {
        var first = run.Geometry.FirstNewBlock;
        var end = run.Outcome.KeptEnd;
        return end <= first ? "no new blocks" : $"{(end - first) / run.Schedule.Request.BlockSize} new block(s) [{first}, {end})";
    }

    /// <summary>A run's timeline, with the BIOs where <c>P</c> and <c>R</c> end kept in view when it must be aggregated.</summary>
    public static XElement TimelineOf(RunReport run, IReadOnlyList<StoryBio> bios, double width = TimelineSvg.Width)
    {
        var off = run.Schedule.Request.Offset;
        return TimelineSvg.Render(bios, run.Schedule.Arrival, off + run.Prefix, run.Returned >= 0 ? off + run.Returned : null, width);
    }

    private static string Title(CounterexampleStory story) =>
        $"counterexample: {story.Run.Policy.Name} violates {story.Property} {PropertyCatalog.NameOf(story.Property)} " +
        $"with {story.Bios.Count} BIO(s), {story.Run.Schedule.FailureCount} failed";

    private static IEnumerable<XElement> Body(CounterexampleStory story, bool legend = true)
    {
        var policy = story.Run.Policy;
        var why = policy.Expected.WhyViolated(story.Property);
        return
        [
            E("dl", Class("claim"),
                E("dt", "rule"), E("dd", policy.Rule),
                E("dt", "property"), E("dd", E("code", PropertyCatalog.FormalOf(story.Property))),
                E("dt", "expected"), E("dd", why is null ? "expected to hold" : $"expected to fail: {why}")),
            FindingHtml.Render(story.Finding, "finding status"),
            .. RunSectionHtml.Render(story.Run, story.Property, legend),
            E("h3", "Timeline"),
            Timelines(story),
            E("h3", "Engine state after each completion"),
            EngineStateTable.Render(story.Submitted, story.Steps),
            E("h3", "Request"),
            RequestHtml.Summary(story.Run),
            RequestHtml.Bios(story.Bios),
        ];
    }
}
