using System.Xml.Linq;
using DioVerify.Engine.Runs;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>
/// Draws a sector map as inline SVG that fits the page's width: a row of sector cells drawn to scale
/// (<see cref="SectorMapLayout"/>), the block row beneath, and vertical markers where <c>P</c>, <c>R</c> and the
/// new EOF end, each labelled beneath the map and captioned in full below — the picture the text map draws in glyphs.
/// </summary>
public static class SectorMapSvg
{
    /// <summary>The width of the drawing in SVG units; the page scales it to its own width (CSS <c>width: 100%</c>).</summary>
    public const double Width = 1200;

    /// <summary>The height of the sector row, in SVG units.</summary>
    public const double SectorHeight = 24;

    /// <summary>Room for the row names left of the cells.</summary>
    public const double Gutter = 64;

    /// <summary>Room right of the cells, so that the end offset and a label at the last boundary stay inside.</summary>
    private const double RightMargin = 40;

    private const double SectorTop = 18;
    private const double BlockTop = SectorTop + SectorHeight + 4;
    private const double BlockHeight = 14;
    private const double MarkerBottom = BlockTop + BlockHeight + 4;
    private const double LabelTop = MarkerBottom + 20;
    private const double CaptionTop = LabelTop + 18;
    private const double CaptionStep = 14;

    /// <summary>The width of one character of the 11-unit monospace labels, a little generous.</summary>
    private const double CharWidth = 7;

    /// <summary>A cell narrower than this has no white border, which would hide its fill.</summary>
    private const double BorderedWidth = 6;

    /// <summary>The cells as drawn: what a browser must lay out, one <c>rect.sector</c> each.</summary>
    public static IReadOnlyList<DrawnCell> Cells(SectorMap map, double width = Width) => SectorMapLayout.Of(map, Gutter, width - Gutter - RightMargin);

    /// <summary>The map as one SVG of <paramref name="width"/> units.</summary>
    /// <param name="kind">The SVG's class: <c>sector-map</c> for a run's overview, <c>sector-detail</c> for a zoomed panel.</param>
    /// <param name="markersInside">For a zoomed panel: draw only the markers that fall inside its window (one outside
    /// would be pinned to an edge, where it would misstate its offset), labelled but not captioned (the overview above
    /// captions them), so that a row of panels stays short.</param>
    public static XElement Render(SectorMap map, double width = Width, string kind = "sector-map", bool markersInside = false)
    {
        var captions = !markersInside;
        var cells = Cells(map, width);
        var right = cells.Count == 0 ? Gutter : cells[^1].X + cells[^1].Width;
        var markers = Markers(map).Where(m => !markersInside || (m.Offset >= map.Start && m.Offset <= map.End)).ToList();
        var height = captions ? CaptionTop + (markers.Count * CaptionStep) + (cells.Any(c => c.Merged) ? CaptionStep : 0) : LabelTop + 6;
        var ends = cells.Select(c => c.End).ToList();

        // An offset's x: linear inside its cell; an offset past the map's end sits at its right edge.
        double XOf(long offset)
        {
            if (offset <= map.Start) return Gutter;
            var found = ends.BinarySearch(offset);
            var index = found >= 0 ? found + 1 : ~found;
            if (index >= cells.Count) return right;
            var c = cells[index];
            return c.X + (c.Width * (offset - c.Start) / (c.End - c.Start));
        }

        var placed = markers.Select(m => m with { X = XOf(m.Offset) }).OrderBy(m => m.X).ToList();
        var labels = LabelCentres(placed.Select(m => (m.X, m.Label.Length * CharWidth)).ToList(), width);
        var merged = cells.Count(c => c.Merged);
        return E("svg", Class(kind), A("role", "img"),
            A("viewBox", $"0 0 {width} {Math.Round(height, 2)}"), A("preserveAspectRatio", "xMinYMin meet"),
            A("aria-label", $"sector map of [{map.Start}, {map.End}): {cells.Count} cell(s), drawn to scale"),
            Text(Gutter, SectorTop - 6, $"offset {map.Start}", "start"),
            Text(right, SectorTop - 6, $"{map.End}", "end"),
            Text(0, SectorTop + 15, "sectors", "start"),
            Text(0, BlockTop + 11, "blocks", "start"),
            cells.Select(SectorRect),
            map.Blocks.Select(span => BlockRect(span, XOf(span.Start), XOf(span.End), map.BlockSize)),
            placed.Select((m, i) => MarkerLine(m, labels[i])),
            markers.Where(_ => captions).Select((m, row) => E("text", Class(m.Kind), Coordinate("x", Gutter), Coordinate("y", CaptionTop + (row * CaptionStep)),
                m.Caption + (m.Offset > map.End ? $" (past the map's end at {map.End})" : ""))),
            merged == 0 || !captions ? null : E("text", Class("note"), Coordinate("x", Gutter), Coordinate("y", CaptionTop + (markers.Count * CaptionStep)),
                $"{merged} cell(s) stand for neighbours too narrow to draw apart: each is drawn failed if any of its sectors failed"));
    }

    /// <summary>
    /// Where each label goes, given the markers' x in ascending order and each label's width: as near its marker as
    /// it can be without touching the previous label, and all of them inside the drawing. Labels keep their markers'
    /// order, so the leaders from marker to label never cross.
    /// </summary>
    public static IReadOnlyList<double> LabelCentres(IReadOnlyList<(double X, double Width)> labels, double width = Width)
    {
        const double gap = 6;
        var centres = new double[labels.Count];
        var limit = 0.0;
        for (var i = 0; i < labels.Count; i++)
        {
            var half = labels[i].Width / 2;
            centres[i] = Math.Max(labels[i].X, limit + half);
            limit = centres[i] + half + gap;
        }

        // Pushed past the right edge: slide the tail back left, each label still clear of the next.
        var bound = width;
        for (var i = labels.Count - 1; i >= 0; i--)
        {
            var half = labels[i].Width / 2;
            centres[i] = Math.Min(centres[i], bound - half);
            bound = centres[i] - half - gap;
        }

        return centres;
    }

    private static XElement SectorRect(DrawnCell cell)
    {
        var what = cell.Merged
            ? $"[{cell.Start}, {cell.End}) {cell.Sectors} sectors, {cell.FailedSectors} failed: too narrow to draw each"
            : $"[{cell.Start}, {cell.End}) {(cell.IsRun ? $"{cell.Sectors} sectors" : "1 sector")}: {Glyphs.Describe(cell.State)}";
        var state = StateClass.Of(cell.State);
        var rect = E("rect", Class($"sector {state}{(cell.IsRun ? " run" : "")}{(cell.Merged ? " merged" : "")}{(cell.Width < BorderedWidth ? " narrow" : "")}"),
            Coordinate("x", cell.X), Coordinate("y", SectorTop), Coordinate("width", cell.Width), Coordinate("height", SectorHeight),
            E("title", what));
        var count = $"×{cell.Sectors}";
        return cell.IsRun && !cell.Merged && cell.Width >= (count.Length * CharWidth) + 4
            ? E("g", rect, E("text", Class($"run-count {state}"), Coordinate("x", cell.X + (cell.Width / 2)), Coordinate("y", SectorTop + 16), A("text-anchor", "middle"), count))
            : rect;
    }

    private static XElement BlockRect(MapSpan<BlockState> span, double x1, double x2, long blockSize)
    {
        var blocks = (span.End - span.Start + blockSize - 1) / blockSize;
        return E("g",
            E("rect", Class($"block {StateClass.Of(span.State)}{(x2 - x1 < BorderedWidth ? " narrow" : "")}"), Coordinate("x", x1), Coordinate("y", BlockTop), Coordinate("width", x2 - x1), Coordinate("height", BlockHeight),
                E("title", $"[{span.Start}, {span.End}) {blocks} block(s): {Glyphs.Describe(span.State)}")),
            x2 - x1 >= 16 ? E("text", Coordinate("x", (x1 + x2) / 2), Coordinate("y", BlockTop + 11), A("text-anchor", "middle"), Glyphs.Of(span.State).ToString()) : null);
    }

    private static List<Marker> Markers(SectorMap map)
    {
        var markers = new List<Marker> { new("prefix", "P", map.Offset + map.Prefix, $"P  contiguous durable prefix ends at {map.Offset + map.Prefix}", 0) };
        if (map.Returned >= 0) markers.Add(new Marker("returned", "R", map.Offset + map.Returned, $"R  returned count ends at {map.Offset + map.Returned}", 0));
        markers.Add(new Marker("eof", "EOF", map.NewSize, $"EOF  new file size {map.NewSize}", 0));
        return markers;
    }

    /// <summary>The marker's line through both rows, a leader down to its label, and the label.</summary>
    private static XElement MarkerLine(Marker marker, double labelX) =>
        E("g", Class($"marker-group {marker.Kind}"), A("data-marker", marker.Label),
            E("line", Class($"marker {marker.Kind}"), Coordinate("x1", marker.X), Coordinate("x2", marker.X), Coordinate("y1", SectorTop - 4), Coordinate("y2", MarkerBottom)),
            E("line", Class($"leader {marker.Kind}"), Coordinate("x1", marker.X), Coordinate("x2", labelX), Coordinate("y1", MarkerBottom), Coordinate("y2", LabelTop - 11)),
            E("text", Class($"label {marker.Kind}"), Coordinate("x", labelX), Coordinate("y", LabelTop), A("text-anchor", "middle"), marker.Label));

    private static XElement Text(double x, double y, string text, string anchor) =>
        E("text", Coordinate("x", x), Coordinate("y", y), A("text-anchor", anchor), text);

    private sealed record Marker(string Kind, string Label, long Offset, string Caption, double X);
}
