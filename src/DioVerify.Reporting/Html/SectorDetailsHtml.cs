using System.Xml.Linq;
using DioVerify.Engine.Runs;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>
/// Under a big sector map's overview, a row of panels zoomed around P and R (<see cref="SectorWindows"/>) and, filling the
/// row, the first failed runs; the next few failed runs are drawn inside a closed <c>&lt;details&gt;</c> with the byte
/// ranges of all the others, so a write with a thousand failed runs adds one row and one line per policy.
/// </summary>
public static class SectorDetailsHtml
{
    /// <summary>Panels a row holds: three, each a third of the page, each drawn at a third of the overview's width.</summary>
    public const int PanelsPerRow = 3;

    /// <summary>Failed runs drawn zoomed inside the closed <c>&lt;details&gt;</c>, after those in the row.</summary>
    public const int MoreFailuresDrawn = 6;

    /// <summary>Byte ranges of failed runs listed in the <c>&lt;details&gt;</c>; past it, a count.</summary>
    public const int FailuresListed = 200;

    /// <summary>A panel's drawing width in SVG units: a third of the overview's, so its labels read at the same size.</summary>
    public const double PanelWidth = SectorMapSvg.Width / PanelsPerRow;

    public static IEnumerable<XElement> Render(SectorMap map)
    {
        var markers = SectorWindows.AroundMarkers(map);
        if (markers.Count == 0) yield break;
        var failures = SectorWindows.AroundFailures(map);
        var inRow = Math.Max(1, PanelsPerRow - markers.Count);
        yield return E("div", Class("sector-details"), markers.Concat(failures.Take(inRow)).Select(w => Panel(map, w)));
        if (failures.Count <= inRow) yield break;
        var rest = map.Sectors.Where(x => x.State == SectorState.Failed).Skip(inRow).Select(x => $"[{x.Start}, {x.End})").ToList();
        yield return E("details", Class("more-failures"),
            E("summary", $"{rest.Count} more failed run(s), from {rest[0]} on"),
            E("div", Class("sector-details"), failures.Skip(inRow).Take(MoreFailuresDrawn).Select(w => Panel(map, w))),
            E("p", Class("full-list"), string.Join(", ", rest.Take(FailuresListed)) +
                (rest.Count > FailuresListed ? $", … {rest.Count - FailuresListed} more (the overview shows them all)" : "")));
    }

    private static XElement Panel(SectorMap map, SectorWindow window) =>
        E("figure", Class("sector-detail"),
            E("figcaption", $"{window.Title}, zoomed to [{window.Start}, {window.End})"),
            SectorMapSvg.Render(SectorWindows.Slice(map, window), PanelWidth, "sector-detail", markersInside: true));
}
