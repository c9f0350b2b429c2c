using System.Text;
using DioVerify.Engine.Runs;

namespace DioVerify.Reporting;

/// <summary>
/// Draws a sector map as plain text: a ruler of offsets, one glyph per sector (or per block when
/// sectors would not fit), the block row, the <c>P</c>, <c>R</c> and EOF markers and a legend. Maps
/// too wide even per block are drawn as a table of runs with their counts.
/// </summary>
public static class SectorMapText
{
    /// <summary>Most glyphs drawn on one row before switching to a coarser unit.</summary>
    public const int MaxColumns = 96;

    public static string Render(SectorMap map)
    {
        var unit = (map.End - map.Start) / map.SectorSize <= MaxColumns ? map.SectorSize : map.BlockSize;
        return (map.End - map.Start) / unit <= MaxColumns ? Picture(map, unit) : Runs(map);
    }

    private static string Picture(SectorMap map, long unit)
    {
        var columns = (int)((map.End - map.Start) / unit);
        var text = new StringBuilder();
        var label = unit == map.SectorSize ? $"one glyph per {unit}-byte sector" : $"one glyph per {unit}-byte block (a block is shown failed if any of its sectors is)";
        text.AppendLine($"  {label}, offsets in bytes");
        text.AppendLine(Ruler(map, unit, columns));
        text.Append("  sectors ").AppendLine(Row(columns, c => Glyphs.Of(WorstSector(map, map.Start + (c * unit), unit))));
        text.Append("  blocks  ").AppendLine(Row(columns, c => Glyphs.Of(StateAt(map.Blocks, map.Start + (c * unit)))));
        text.AppendLine(Marker(map, unit, columns, map.Offset + map.Prefix, $"P  contiguous durable prefix ends at {map.Offset + map.Prefix}"));
        if (map.Returned >= 0)
        {
            text.AppendLine(Marker(map, unit, columns, map.Offset + map.Returned, $"R  returned count ends at {map.Offset + map.Returned}"));
        }

        text.AppendLine(Marker(map, unit, columns, map.NewSize, $"EOF new file size {map.NewSize}"));
        text.Append("  legend  ").AppendLine(Glyphs.SectorLegend);
        text.Append("          ").AppendLine(Glyphs.BlockLegend);
        return text.ToString();
    }

    private static string Runs(SectorMap map)
    {
        var text = new StringBuilder();
        text.AppendLine($"  too wide to draw ({(map.End - map.Start) / map.BlockSize} blocks): runs of equal sectors");
        foreach (var span in map.Sectors)
        {
            text.AppendLine($"  sectors [{span.Start,14}, {span.End,14})  {Glyphs.Of(span.State)} x{(span.End - span.Start) / map.SectorSize,-10} {Glyphs.Describe(span.State)}");
        }

        foreach (var span in map.Blocks)
        {
            text.AppendLine($"  blocks  [{span.Start,14}, {span.End,14})  {Glyphs.Of(span.State)} x{(span.End - span.Start + map.BlockSize - 1) / map.BlockSize,-10} {Glyphs.Describe(span.State)}");
        }

        text.AppendLine($"  P  contiguous durable prefix ends at {map.Offset + map.Prefix}");
        if (map.Returned >= 0) text.AppendLine($"  R  returned count ends at {map.Offset + map.Returned}");
        text.AppendLine($"  EOF new file size {map.NewSize}");
        return text.ToString();
    }

    private static string Ruler(SectorMap map, long unit, int columns)
    {
        // A tick every 8 columns, labelled with its byte offset when the label fits.
        var ticks = new StringBuilder(new string(' ', columns + 1));
        var labels = new StringBuilder(new string(' ', columns + 24));
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

    private static string Marker(SectorMap map, long unit, int columns, long offset, string caption)
    {
        // The caret sits under the first cell boundary at or after the offset: the boundary the marker names.
        if (offset > map.End)
        {
            return $"          {new string(' ', columns)}> {caption} (past the map's end at {map.End})";
        }

        var column = (int)Math.Clamp((offset - map.Start + unit - 1) / unit, 0, columns);
        return $"          {new string(' ', column)}^ {caption}";
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
