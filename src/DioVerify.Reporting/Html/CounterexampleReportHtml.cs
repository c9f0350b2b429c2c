using System.Xml.Linq;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>A counterexample story as HTML: a page of its own (<c>counterexample --html</c>) or a section of the check report.</summary>
public static class CounterexampleReportHtml
{
    public static string Render(CounterexampleStory story) => HtmlPage.Document(Title(story), Body(story));

    /// <summary>The story as a section with <paramref name="id"/>, the target of a link from elsewhere in the page.</summary>
    public static XElement Section(CounterexampleStory story, string id) =>
        E("section", Class("counterexample"), A("id", id), E("h2", Title(story)), Body(story));

    /// <summary>The page when exhaustive search up to <paramref name="maxBios"/> BIOs found no counterexample.</summary>
    public static string NotFound(IPolicy policy, PropertyId property, int maxBios, long schedules) =>
        HtmlPage.Document($"counterexample: none for {policy.Name} {property} {PropertyCatalog.NameOf(property)}",
            E("p", Class("status"), CounterexampleText.NotFound(policy, property, maxBios, schedules).Trim()));

    private static string Title(CounterexampleStory story) =>
        $"counterexample: {story.Run.Policy.Name} violates {story.Property} {PropertyCatalog.NameOf(story.Property)} " +
        $"with {story.Bios.Count} BIO(s), {story.Run.Schedule.FailureCount} failed";

    private static IEnumerable<XElement> Body(CounterexampleStory story)
    {
        var policy = story.Run.Policy;
        var why = policy.Expected.WhyViolated(story.Property);
        return
        [
            E("dl", Class("claim"),
                E("dt", "rule"), E("dd", policy.Rule),
                E("dt", "property"), E("dd", E("code", PropertyCatalog.FormalOf(story.Property))),
                E("dt", "expected"), E("dd", why is null ? "expected to hold" : $"expected to fail: {why}")),
            E("ul", Class("finding status"), story.Finding.Select(line => E("li", line.Trim()))),
            .. RunSectionHtml.Render(story.Run, story.Property),
            E("h3", "Timeline"),
            TimelineSvg.Render(story.Bios, story.Steps),
            E("h3", "Engine state after each completion"),
            EngineStateTable.Render(story.Submitted, story.Steps),
            E("h3", "Request"),
            RequestHtml.Summary(story.Run),
            RequestHtml.Bios(story.Bios),
        ];
    }
}
