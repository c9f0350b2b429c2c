using System.Xml.Linq;
using DioVerify.Engine.Runs;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>
/// Draws a sector map as inline SVG: a row of sector cells (<see cref="SectorCells"/>), the block row beneath,
/// and vertical markers where <c>P</c>, <c>R</c> and the new EOF end — the picture the text map draws in glyphs.
/// </summary>
public static class SectorMapSvg
{
    /// <summary>The width of a one-sector cell, in CSS pixels.</summary>
    public const double CellWidth = 16;

    /// <summary>The height of the sector row, in CSS pixels.</summary>
    public const double SectorHeight = 24;

    private const double Gutter = 64;
    private const double SectorTop = 18;
    private const double BlockTop = SectorTop + SectorHeight + 4;
    private const double BlockHeight = 14;
    private const double MarkerBottom = BlockTop + BlockHeight + 4;
    private const double CaptionTop = MarkerBottom + 14;
    private const double CaptionStep = 14;

    /// <summary>Room right of the cells for the marker captions, which start at their marker.</summary>
    private const double CaptionRoom = 420;

    public static XElement Render(SectorMap map)
    {
        var cells = Layout(SectorCells.Of(map));
        var right = cells.Count == 0 ? Gutter : cells[^1].X + cells[^1].Width;
        var markers = Markers(map);
        var height = CaptionTop + (markers.Count * CaptionStep);
        var width = right + CaptionRoom;
        var ends = cells.Select(c => c.Cell.End).ToList();

        // An offset's x: linear inside its cell (a run cell is not to scale, so neither is a marker inside it).
        double XOf(long offset)
        {
            if (offset <= map.Start) return Gutter;
            var found = ends.BinarySearch(offset);
            var index = found >= 0 ? found + 1 : ~found;
            if (index >= cells.Count) return right;
            var c = cells[index];
            return c.X + (c.Width * (offset - c.Cell.Start) / (c.Cell.End - c.Cell.Start));
        }

        return E("svg", Class("sector-map"), A("role", "img"), Coordinate("width", width), Coordinate("height", height),
            A("viewBox", $"0 0 {Math.Round(width, 2)} {Math.Round(height, 2)}"),
            A("aria-label", $"sector map of [{map.Start}, {map.End}): {cells.Count} cell(s)"),
            Text(Gutter, SectorTop - 6, $"offset {map.Start}", "start"),
            Text(right, SectorTop - 6, $"{map.End}", "end"),
            Text(0, SectorTop + 15, "sectors", "start"),
            Text(0, BlockTop + 11, "blocks", "start"),
            cells.Select(SectorRect),
            map.Blocks.Select(span => BlockRect(span, XOf(span.Start), XOf(span.End), map.BlockSize)),
            markers.Select((m, row) => MarkerLine(m, XOf(m.Offset), CaptionTop + (row * CaptionStep), m.Offset > map.End ? $" (past the map's end at {map.End})" : "")));
    }

    private static List<PlacedCell> Layout(IReadOnlyList<SectorCell> cells)
    {
        var placed = new List<PlacedCell>(cells.Count);
        var x = Gutter;
        foreach (var cell in cells)
        {
            // A run is wider than one sector, and grows with the logarithm of its length: long runs look
            // long without a hole of a billion sectors pushing the write itself off the page.
            var width = cell.IsRun ? CellWidth * (1 + Math.Ceiling(Math.Log2(cell.Sectors))) : CellWidth;
            placed.Add(new PlacedCell(cell, x, width));
            x += width;
        }

        return placed;
    }

    private static XElement SectorRect(PlacedCell placed)
    {
        var cell = placed.Cell;
        var what = $"[{cell.Start}, {cell.End}) {(cell.IsRun ? $"{cell.Sectors} sectors" : "1 sector")}: {Glyphs.Describe(cell.State)}";
        var rect = E("rect", Class($"sector {StateClass.Of(cell.State)}{(cell.IsRun ? " run" : "")}"),
            Coordinate("x", placed.X), Coordinate("y", SectorTop), Coordinate("width", placed.Width), Coordinate("height", SectorHeight),
            E("title", what));
        return cell.IsRun
            ? E("g", rect, E("text", Class($"run-count {StateClass.Of(cell.State)}"), Coordinate("x", placed.X + (placed.Width / 2)), Coordinate("y", SectorTop + 16), A("text-anchor", "middle"), $"×{cell.Sectors}"))
            : rect;
    }

    private static XElement BlockRect(MapSpan<BlockState> span, double x1, double x2, long blockSize)
    {
        var blocks = (span.End - span.Start + blockSize - 1) / blockSize;
        return E("g",
            E("rect", Class($"block {StateClass.Of(span.State)}"), Coordinate("x", x1), Coordinate("y", BlockTop), Coordinate("width", x2 - x1), Coordinate("height", BlockHeight),
                E("title", $"[{span.Start}, {span.End}) {blocks} block(s): {Glyphs.Describe(span.State)}")),
            x2 - x1 >= CellWidth ? E("text", Coordinate("x", (x1 + x2) / 2), Coordinate("y", BlockTop + 11), A("text-anchor", "middle"), Glyphs.Of(span.State).ToString()) : null);
    }

    private static List<Marker> Markers(SectorMap map)
    {
        var markers = new List<Marker> { new("prefix", map.Offset + map.Prefix, $"P  contiguous durable prefix ends at {map.Offset + map.Prefix}") };
        if (map.Returned >= 0) markers.Add(new Marker("returned", map.Offset + map.Returned, $"R  returned count ends at {map.Offset + map.Returned}"));
        markers.Add(new Marker("eof", map.NewSize, $"EOF  new file size {map.NewSize}"));
        return markers;
    }

    private static XElement MarkerLine(Marker marker, double x, double captionY, string past) =>
        E("g",
            E("line", Class($"marker {marker.Kind}"), Coordinate("x1", x), Coordinate("x2", x), Coordinate("y1", SectorTop - 4), Coordinate("y2", captionY - 10)),
            E("text", Class(marker.Kind), Coordinate("x", x + 3), Coordinate("y", captionY), marker.Caption + past));

    private static XElement Text(double x, double y, string text, string anchor) =>
        E("text", Coordinate("x", x), Coordinate("y", y), A("text-anchor", anchor), text);

    private sealed record PlacedCell(SectorCell Cell, double X, double Width);

    private sealed record Marker(string Kind, long Offset, string Caption);
}
