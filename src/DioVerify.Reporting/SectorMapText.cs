using System.Text;
using DioVerify.Engine.Runs;

namespace DioVerify.Reporting;

/// <summary>
/// Draws a sector map as plain text that fits a terminal of a given width: a ruler of offsets, one glyph per
/// sector (or per block when sectors would not fit, or per several sectors when blocks would not either: the
/// overview is always to scale), the block row, the <c>P</c>, <c>R</c> and EOF markers and a legend. A map too
/// wide even per block is followed by a table of its runs with their counts, which the overview summarises.
/// </summary>
public static class SectorMapText
{
    /// <summary>The terminal width assumed when none is given: 96 glyphs after the row names, and a caret's room past them.</summary>
    public const int DefaultWidth = 107;

    /// <summary>Most glyphs drawn on one row at <see cref="DefaultWidth"/>.</summary>
    public const int MaxColumns = DefaultWidth - RowName - 1;

    /// <summary>The narrowest terminal drawn for: narrower, a marker's caption would not fit on a line of its own.</summary>
    public const int MinWidth = 60;

    /// <summary>The width of the row names ("  sectors "), which every row of glyphs starts with.</summary>
    private const int RowName = 10;

    /// <param name="width">The terminal's width in characters: no line of the picture is longer (the run table's lines may be).</param>
    public static string Render(SectorMap map, int width = DefaultWidth)
    {
        // The last column is left for a caret at the map's end, one past its last glyph.
        var columns = Math.Max(MinWidth, width) - RowName - 1;
        var span = map.End - map.Start;
        if (span / map.SectorSize <= columns) return Picture(map, map.SectorSize, columns + RowName + 1);
        if (span / map.BlockSize <= columns) return Picture(map, map.BlockSize, columns + RowName + 1) + Zoomed(map, columns);

        // Neither fits: a glyph stands for as many whole sectors as it takes to fit, so the markers stay in view.
        var sectorsPerGlyph = ((span / map.SectorSize) + columns - 1) / columns;
        return Picture(map, sectorsPerGlyph * map.SectorSize, columns + RowName + 1) + Zoomed(map, columns) + Runs(map);
    }

    /// <summary>
    /// Under an overview that draws more than a sector per glyph, the sectors around P and R (<see cref="SectorWindows"/>)
    /// a glyph per sector where they fit the terminal, with the markers that fall inside: where exactly the prefix and
    /// the returned count end, which the overview can only place to within a glyph.
    /// </summary>
    private static string Zoomed(SectorMap map, int columns)
    {
        var text = new StringBuilder();
        foreach (var window in SectorWindows.AroundMarkers(map))
        {
            var slice = SectorWindows.Slice(map, window);
            var sectors = (slice.End - slice.Start) / map.SectorSize;
            var unit = ((sectors + columns - 1) / columns) * map.SectorSize;
            var cells = (int)((slice.End - slice.Start + unit - 1) / unit);
            var header = $"  zoomed {window.Title}: [{window.Start}, {window.End}), one glyph per {(unit == map.SectorSize ? "sector" : $"{unit / map.SectorSize} sectors")}";
            // A header too long for the terminal breaks before its range (offsets near 2^63 are 19 digits).
            text.AppendLine(header.Length <= columns + RowName + 1 ? header : header.Replace(": [", ":\n          [", StringComparison.Ordinal));
            text.Append("  sectors ").AppendLine(Row(cells, c => Glyphs.Of(WorstSector(slice, slice.Start + (c * unit), unit))));
            foreach (var (offset, caption) in new[] { (map.Offset + map.Prefix, "P"), (map.Offset + map.Returned, "R") })
            {
                if (caption == "R" && map.Returned < 0) continue;
                if (offset < slice.Start || offset > slice.End) continue;
                text.AppendLine(Marker(slice, unit, cells, columns + RowName + 1, offset, $"{caption}  at {offset}"));
            }
        }

        return text.ToString();
    }

    private static string Picture(SectorMap map, long unit, int width)
    {
        var columns = (int)((map.End - map.Start + unit - 1) / unit);
        var text = new StringBuilder();
        var label = unit == map.SectorSize ? $"one glyph per {unit}-byte sector"
            : unit == map.BlockSize ? $"one glyph per {unit}-byte block (a block is shown failed if any of its sectors is)"
            : $"one glyph per {unit / map.SectorSize} sectors, {unit} bytes (shown failed if any of them is)";
        text.AppendLine($"  {label}, offsets in bytes");
        text.AppendLine(Ruler(map, unit, columns, width - RowName));
        text.Append("  sectors ").AppendLine(Row(columns, c => Glyphs.Of(WorstSector(map, map.Start + (c * unit), unit))));
        text.Append("  blocks  ").AppendLine(Row(columns, c => Glyphs.Of(StateAt(map.Blocks, map.Start + (c * unit)))));
        text.AppendLine(Marker(map, unit, columns, width, map.Offset + map.Prefix, $"P  contiguous durable prefix ends at {map.Offset + map.Prefix}"));
        if (map.Returned >= 0)
        {
            text.AppendLine(Marker(map, unit, columns, width, map.Offset + map.Returned, $"R  returned count ends at {map.Offset + map.Returned}"));
        }

        text.AppendLine(Marker(map, unit, columns, width, map.NewSize, $"EOF new file size {map.NewSize}"));
        text.Append("  legend  ").AppendLine(Glyphs.SectorLegend);
        text.Append("          ").AppendLine(Glyphs.BlockLegend);
        return text.ToString();
    }

    private static string Runs(SectorMap map)
    {
        var text = new StringBuilder();
        text.AppendLine($"  too wide to draw each block ({(map.End - map.Start) / map.BlockSize} blocks): runs of equal sectors");
        foreach (var span in map.Sectors)
        {
            text.AppendLine($"  sectors [{span.Start,14}, {span.End,14})  {Glyphs.Of(span.State)} x{(span.End - span.Start) / map.SectorSize,-10} {Glyphs.Describe(span.State)}");
        }

        foreach (var span in map.Blocks)
        {
            text.AppendLine($"  blocks  [{span.Start,14}, {span.End,14})  {Glyphs.Of(span.State)} x{(span.End - span.Start + map.BlockSize - 1) / map.BlockSize,-10} {Glyphs.Describe(span.State)}");
        }

        return text.ToString();
    }

    private static string Ruler(SectorMap map, long unit, int columns, int room)
    {
        // A tick every 8 columns, labelled with its byte offset when the label fits, in the terminal too.
        var ticks = new StringBuilder(new string(' ', columns + 1));
        var labels = new StringBuilder(new string(' ', Math.Max(columns + 1, room)));
        for (var c = 0; c <= columns; c += 8)
        {
            ticks[c] = '|';
            var offset = (map.Start + (c * unit)).ToString();
            var free = Enumerable.Range(c, offset.Length + 1).All(i => i >= labels.Length || labels[i] == ' ');
            if (free && c + offset.Length < labels.Length) labels.Remove(c, offset.Length).Insert(c, offset);
        }

        return $"  offset  {labels.ToString().TrimEnd()}\n          {ticks.ToString().TrimEnd()}";
    }

    private static string Row(int columns, Func<int, char> glyph)
    {
        var row = new char[columns];
        for (var c = 0; c < columns; c++) row[c] = glyph(c);
        return new string(row);
    }

    private static string Marker(SectorMap map, long unit, int columns, int width, long offset, string caption)
    {
        // The caret sits under the first cell boundary at or after the offset: the boundary the marker names;
        // one past the map's end sits at its right edge. The caption goes right of the caret when the line
        // still fits the terminal, else left of it, else on a line of its own below: the caret is always in view.
        var past = offset > map.End;
        var column = past ? columns : (int)Math.Clamp((offset - map.Start + unit - 1) / unit, 0, columns);
        var caret = past ? '>' : '^';
        var full = past ? $"{caption} (past the map's end at {map.End})" : caption;
        if (RowName + column + 2 + full.Length <= width) return $"{new string(' ', RowName + column)}{caret} {full}";
        if (RowName + column >= full.Length + 1) return $"{new string(' ', RowName + column - full.Length - 1)}{full} {caret}";
        return $"{new string(' ', RowName + column)}{caret} {caption.Split(' ')[0]}\n  {full}";
    }

    private static SectorState WorstSector(SectorMap map, long start, long unit)
    {
        // Within one cell, a failure outranks everything: it is what a reader must not miss.
        var states = map.Sectors.Where(s => s.Start < start + unit && s.End > start).Select(s => s.State).ToList();
        return states.Contains(SectorState.Failed) ? SectorState.Failed : states.Count > 0 ? states[0] : SectorState.Hole;
    }

    private static TState StateAt<TState>(IReadOnlyList<MapSpan<TState>> spans, long offset)
        where TState : struct =>
        spans.FirstOrDefault(s => s.Start <= offset && offset < s.End).State;
}
