using System.Xml.Linq;
using DioVerify.Engine.Model;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>
/// The submissions and completions of a run as a swimlane SVG that fits the page's width: one lane per BIO in
/// file order, every BIO submitted together at the left, and its completion marked (ok or EIO) in the column of
/// its arrival. A long run is aggregated, never cut: past <see cref="MaxColumns"/> arrivals a column stands for
/// several, and past <see cref="MaxLanes"/> BIOs only the BIOs that matter get a lane (<see cref="TimelineLanes"/>)
/// while each stretch of the others shares one, marked wherever one of them arrived.
/// </summary>
public static class TimelineSvg
{
    /// <summary>The width of the drawing in SVG units, scaled to the page's width like the sector map.</summary>
    public const double Width = 1200;

    /// <summary>The width of each of two timelines drawn side by side, so their text is as large as a full one's.</summary>
    public const double HalfWidth = 600;

    /// <summary>Most arrival columns drawn; beyond, a column stands for several consecutive arrivals.</summary>
    public const int MaxColumns = 120;

    /// <summary>The narrowest column drawn, in SVG units: a narrower drawing gets fewer columns.</summary>
    private const double MinColumnWidth = 6;

    /// <summary>Most BIOs drawn a lane each; beyond, the lanes are chosen (<see cref="TimelineLanes"/>).</summary>
    public const int MaxLanes = 64;

    private const double Gutter = 230;
    private const double SubmitColumn = 56;
    private const double MaxColumnWidth = 30;
    private const double Lane = 20;
    private const double Top = 24;

    public static XElement Render(IReadOnlyList<StoryBio> bios, IReadOnlyList<StoryStep> steps) =>
        Render(bios, [.. steps.Select(s => s.Bio)], null, null);

    /// <param name="arrival">The BIOs' indices in the order they completed.</param>
    /// <param name="prefixEnd">Where <c>P</c> ends (a byte offset), so the BIOs around it keep their lanes.</param>
    /// <param name="returnedEnd">Where <c>R</c> ends, when a count was returned.</param>
    /// <param name="width">The drawing's width in SVG units: <see cref="Width"/>, or <see cref="HalfWidth"/> beside another.</param>
    public static XElement Render(IReadOnlyList<StoryBio> bios, IReadOnlyList<int> arrival, long? prefixEnd, long? returnedEnd, double width = Width)
    {
        if (bios.Count == 0) return E("p", Class("note"), "No BIOs: the request was cut at its offset, so nothing was submitted or completed.");

        var room = width - Gutter - SubmitColumn - 8;
        var maxColumns = Math.Min(MaxColumns, (int)(room / MinColumnWidth));
        var perColumn = (arrival.Count + maxColumns - 1) / maxColumns;
        var columns = (arrival.Count + perColumn - 1) / perColumn;
        var columnWidth = Math.Min(MaxColumnWidth, room / columns);
        double X(int column) => Gutter + (SubmitColumn / 2) + (column == 0 ? 0 : (SubmitColumn / 2) + ((column - 0.5) * columnWidth));

        // The column each BIO's completion falls in (arrivals are a permutation: every BIO completes once).
        var columnOf = new int[bios.Count];
        for (var j = 0; j < arrival.Count; j++) columnOf[arrival[j]] = (j / perColumn) + 1;

        var lanes = TimelineLanes.Of(bios, arrival, prefixEnd, returnedEnd, MaxLanes);
        var height = Top + (lanes.Count * Lane);
        // A column's number is written when the widest number fits between labels: 11-unit digits are about 7 wide.
        var labelEvery = (int)Math.Ceiling(((arrival.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length * 7) + 6) / columnWidth);
        return E("svg", Class("timeline"), A("role", "img"),
            A("viewBox", $"0 0 {width} {Math.Round(height, 2)}"), A("preserveAspectRatio", "xMinYMin meet"),
            A("aria-label", $"timeline of {bios.Count} BIOs in {lanes.Count} lane(s) and {columns} column(s) of {perColumn} arrival(s): submitted together, completed in arrival order"),
            E("text", Coordinate("x", X(0)), Coordinate("y", 12), A("text-anchor", "middle"), "submit"),
            Enumerable.Range(1, columns).Select(c =>
            {
                var first = ((c - 1) * perColumn) + 1;
                var last = Math.Min(arrival.Count, c * perColumn);
                return E("g",
                    E("rect", Class("column"), A("data-arrivals", last - first + 1), Coordinate("x", X(c) - (columnWidth / 2)), Coordinate("y", Top - 6), Coordinate("width", columnWidth), Coordinate("height", 4),
                        E("title", first == last ? $"arrival {first}" : $"arrivals {first}–{last}")),
                    E("line", Class("grid"), Coordinate("x1", X(c)), Coordinate("x2", X(c)), Coordinate("y1", Top - 2), Coordinate("y2", height)),
                    (c - 1) % labelEvery == 0 ? E("text", Coordinate("x", X(c)), Coordinate("y", 12), A("text-anchor", "middle"), $"{first}") : null);
            }),
            lanes.Select((lane, row) => LaneOf(lane, row, bios, columnOf, X, perColumn)));
    }

    private static XElement LaneOf(TimelineLane lane, int row, IReadOnlyList<StoryBio> bios, int[] columnOf, Func<int, double> x, int perColumn)
    {
        var y = Top + (row * Lane) + (Lane / 2);
        var members = Enumerable.Range(lane.First, lane.Last - lane.First + 1).Select(k => bios[k]).ToList();
        var failed = members.Count(b => b.Status == BioStatus.Eio);
        var last = members.Max(b => columnOf[b.Index]);
        var label = lane.First == lane.Last
            ? $"BIO {lane.First} [{bios[lane.First].Start}, {bios[lane.First].End})"
            : $"BIOs {lane.First}–{lane.Last}: {members.Count - failed} ok, {failed} EIO";
        var when = perColumn == 1 ? "arrival" : "arrivals in column";

        // A shared lane marks each column once: EIO if any of its BIOs that arrived there failed.
        var marks = members.GroupBy(b => columnOf[b.Index]).OrderBy(g => g.Key).Select(g =>
        {
            var eio = g.Count(b => b.Status == BioStatus.Eio);
            var outcome = eio > 0 ? "eio" : "ok";
            var what = lane.First == lane.Last
                ? $"BIO {lane.First} completed {(eio > 0 ? "EIO" : "ok")}, {when} {g.Key}"
                : $"{g.Count()} of BIOs {lane.First}–{lane.Last} completed, {eio} EIO, {when} {g.Key}";
            var size = lane.First == lane.Last ? 10.0 : 8.0;
            return E("rect", Class($"completion {outcome}"), Coordinate("x", x(g.Key) - (size / 2)), Coordinate("y", y - (size / 2)), Coordinate("width", size), Coordinate("height", size), E("title", what));
        });
        return E("g", Class($"lane {(failed > 0 ? "eio" : "ok")}{(lane.First == lane.Last ? "" : " shared")}"),
            E("text", Coordinate("x", 0), Coordinate("y", y + 4), label),
            E("line", Class("flight"), Coordinate("x1", x(0)), Coordinate("x2", x(last)), Coordinate("y1", y), Coordinate("y2", y)),
            E("circle", Class("submit"), Coordinate("cx", x(0)), Coordinate("cy", y), Coordinate("r", 4), E("title", lane.First == lane.Last ? $"BIO {lane.First} submitted" : $"BIOs {lane.First}–{lane.Last} submitted")),
            marks);
    }
}
