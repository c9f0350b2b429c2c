using System.Xml.Linq;
using DioVerify.Engine.Runs;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>
/// Under a big sector map's overview, panels zoomed around P, R and the first failed runs (<see cref="SectorWindows"/>),
/// two to a row; the other failed runs are summarised, their byte ranges one click away in a <c>&lt;details&gt;</c>.
/// </summary>
public static class SectorDetailsHtml
{
    /// <summary>Failed runs drawn as panels before the rest is summarised.</summary>
    public const int FailuresShown = 3;

    /// <summary>Byte ranges listed in the summary of the others; past it, a count.</summary>
    public const int FailuresListed = 200;

    /// <summary>A panel's drawing width in SVG units: half the overview's, so its labels read at the same size.</summary>
    public const double PanelWidth = SectorMapSvg.Width / 2;

    public static IEnumerable<XElement> Render(SectorMap map)
    {
        var markers = SectorWindows.AroundMarkers(map);
        if (markers.Count == 0) yield break;
        var failures = SectorWindows.AroundFailures(map);
        yield return E("div", Class("sector-details"),
            markers.Concat(failures.Take(FailuresShown)).Select(w => Panel(map, w)));
        if (failures.Count > FailuresShown)
        {
            var rest = map.Sectors.Where(x => x.State == SectorState.Failed).Skip(FailuresShown).Select(x => $"[{x.Start}, {x.End})").ToList();
            yield return E("details", Class("more-failures"),
                E("summary", $"{rest.Count} more failed run(s), from {rest[0]} on (not drawn zoomed; the overview shows them)"),
                E("p", Class("full-list"), string.Join(", ", rest.Take(FailuresListed)) +
                    (rest.Count > FailuresListed ? $", … {rest.Count - FailuresListed} more" : "")));
        }
    }

    private static XElement Panel(SectorMap map, SectorWindow window) =>
        E("figure", Class("sector-detail"),
            E("figcaption", $"{window.Title}: [{window.Start}, {window.End})"),
            SectorMapSvg.Render(SectorWindows.Slice(map, window), PanelWidth, "sector-detail", markersInside: true));
}
