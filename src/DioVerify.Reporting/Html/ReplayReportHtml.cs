using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>A replayed schedule as HTML: the request, one section per policy, then the BIOs, timeline and engine observations they share.</summary>
public static class ReplayReportHtml
{
    /// <summary>Above this many BIOs the BIO table is collapsed and the state table left out: a row per BIO would be unreadable. The timeline aggregates instead.</summary>
    public const int MaxDrawnBios = 256;

    /// <param name="source">The schedule file, named in the title.</param>
    /// <param name="runs">One run of the schedule per policy replayed.</param>
    /// <param name="statuses">What replay says of a recorded counterexample: whether it still fails, and who recorded it.</param>
    public static string Render(string source, IReadOnlyList<RunReport> runs, IReadOnlyList<string> statuses)
    {
        var schedule = runs[0].Schedule;

        // The engine's observations do not depend on the policy, which only decides from them: any run's
        // story carries them, and P1's account is defined on every run, failing or not.
        var story = CounterexampleStory.Of(runs[0], PropertyId.P1);
        var drawn = story.Bios.Count <= MaxDrawnBios;
        return HtmlPage.Document($"replay of {Path.GetFileName(source)}",
            statuses.Count == 0 ? null : E("div", Class("status"), statuses.Select(s => E("p", s.Trim()))),
            E("table", Class("policies"),
                E("thead", E("tr", E("th", "policy"), E("th", "returned R"), E("th", "prefix P"), E("th", "new size"), E("th", "fails"))),
                E("tbody", runs.Select(run => E("tr",
                    E("td", E("a", A("href", $"#{AnchorOf(run)}"), run.Policy.Name)),
                    E("td", run.ReturnedText),
                    E("td", Class("number"), run.Prefix),
                    E("td", Class("number"), run.Outcome.NewSize),
                    E("td", Class(run.Verdicts.Any(v => v.Holds == false) ? "fails" : "holds"), VerdictText.List(run.Verdicts.Where(v => v.Holds == false).Select(v => v.Property))))))),
            E("section", Class("request"),
                E("h2", "Request"),
                RequestHtml.Summary(runs[0])),
            runs.Select(run => E("section", Class("policy"), A("id", AnchorOf(run)),
                E("h2", $"policy {run.Policy.Name}: {run.Policy.Rule}"),
                RunSectionHtml.Render(run, run.Policy.Name == schedule.Policy ? schedule.Property : null))),
            E("section", Class("engine"),
                E("h2", "BIOs, timeline and the engine's observations"),
                E("p", Class("note"), "The same for every policy: the policies differ only in what they decide from these observations."),
                drawn
                    ? new[] { RequestHtml.Bios(story.Bios), E("h3", "Timeline"), CounterexampleReportHtml.TimelineOf(runs[0], story.Bios), E("h3", "Engine state after each completion"), EngineStateTable.Render(story.Submitted, story.Steps) }
                    :
                    [
                        E("details", Class("bios"), E("summary", $"{story.Bios.Count} BIOs: the table of every one"), RequestHtml.Bios(story.Bios)),
                        E("h3", "Timeline"),
                        CounterexampleReportHtml.TimelineOf(runs[0], story.Bios),
                        E("p", Class("note"), $"{story.Bios.Count} BIOs: more than {MaxDrawnBios}, too many for the engine's state after each completion."),
                    ]));
    }

    private static string AnchorOf(RunReport run) => $"policy-{run.Policy.Name}";
}
