using System.Xml.Linq;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>What one policy did on a schedule: R against P, the new size and kept blocks, the sector map with its legend, and every property's verdict.</summary>
public static class RunSectionHtml
{
    /// <param name="focus">The property the page is about (a counterexample's), highlighted in the verdicts.</param>
    /// <param name="legend">False on a page that shows the legend once for all its maps (the check report).</param>
    public static IEnumerable<XElement> Render(RunReport run, PropertyId? focus, bool legend = true) =>
    [
        Outcome(run),
        E("h3", "Sector map"),
        SectorMapSvg.Render(SectorMap.Of(run)),
        .. SectorDetailsHtml.Render(SectorMap.Of(run)),
        .. legend ? [SectorLegend.Render()] : Array.Empty<XElement>(),
        E("h3", "Property verdicts"),
        Verdicts(run, focus),
    ];

    private static XElement Outcome(RunReport run)
    {
        var r = run.Schedule.Request;
        var firstNew = run.Geometry.FirstNewBlock;
        var keptEnd = run.Outcome.KeptEnd;
        return E("dl", Class("outcome"),
            E("dt", "returned R"), E("dd", run.ReturnedText),
            E("dt", "prefix P"), E("dd", $"{run.Prefix} bytes"),
            E("dt", "new size"), E("dd", $"{run.Outcome.NewSize}"),
            E("dt", "kept"), E("dd", keptEnd <= firstNew ? "no new blocks" : $"{(keptEnd - firstNew) / r.BlockSize} new block(s) [{firstNew}, {keptEnd})"));
    }

    /// <summary>
    /// Every property with its verdict and what the catalog expects; under each failed one, the property's own
    /// account of what went wrong (the byte range, the errno, the two orders) from <see cref="CounterexampleStory"/>.
    /// </summary>
    private static XElement Verdicts(RunReport run, PropertyId? focus) =>
        E("table", Class("verdicts"),
            E("thead", E("tr", E("th", "property"), E("th", "formal"), E("th", "verdict"), E("th", "expected"), E("th", "account"))),
            E("tbody", run.Verdicts.Select(v => E("tr", v.Property == focus ? Class("focus") : null,
                E("td", $"{v.Property} {PropertyCatalog.NameOf(v.Property)}"),
                E("td", E("code", PropertyCatalog.FormalOf(v.Property))),
                E("td", Class(VerdictClass(v.Holds)), VerdictText.Mark(v.Holds)),
                E("td", VerdictText.Expectation(run.Policy, v.Property, v.Holds)),
                E("td", Account(run, v.Property, v.Holds))))));

    private static object? Account(RunReport run, PropertyId property, bool? holds) => (property, holds) switch
    {
        (_, false) => FindingHtml.Render(CounterexampleStory.Of(run, property).Finding, "finding"),
        (PropertyId.P6, _) => run.OrderIndependenceNote,
        _ => null,
    };

    private static string VerdictClass(bool? holds) => holds switch
    {
        true => "holds",
        false => "fails",
        null => "undecided",
    };
}
