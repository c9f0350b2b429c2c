using DioVerify.Engine.Runs;

namespace DioVerify.Reporting;

/// <summary>A stretch of a sector map worth zooming into, and why: around P, around R, or a failed run.</summary>
public sealed record SectorWindow(string Title, long Start, long End);

/// <summary>
/// Where a big sector map is worth zooming into: the sectors around P and R (one window when they are close) and
/// around the start of each failed run, each <see cref="SectorsAround"/> sectors either side, clipped to the map and
/// aligned to sectors. A small map needs none: its overview already draws every sector. Shared by the HTML panels and
/// the text map's zoomed lines, so both zoom on the same places.
/// </summary>
public static class SectorWindows
{
    /// <summary>Maps of at most this many sectors get no windows: the overview draws each sector legibly.</summary>
    public const long OverviewSectors = 64;

    /// <summary>Sectors shown either side of a window's point of interest.</summary>
    public const long SectorsAround = 12;

    /// <summary>The P and R windows (merged when they overlap).</summary>
    public static IReadOnlyList<SectorWindow> AroundMarkers(SectorMap map)
    {
        if (!Big(map)) return [];
        var p = map.Offset + map.Prefix;
        var windows = new List<SectorWindow> { Around(map, "around P", p, p) };
        if (map.Returned >= 0)
        {
            var r = map.Offset + map.Returned;
            var around = Around(map, "around R", r, r);
            if (around.Start < windows[0].End && windows[0].Start < around.End)
            {
                windows[0] = new SectorWindow(r == p ? "around P = R" : "around P and R", Math.Min(windows[0].Start, around.Start), Math.Max(windows[0].End, around.End));
            }
            else
            {
                windows.Add(around);
            }
        }

        return windows;
    }

    /// <summary>One window per failed run of sectors, in file order.</summary>
    public static IReadOnlyList<SectorWindow> AroundFailures(SectorMap map) =>
        !Big(map) ? [] : [.. map.Sectors.Where(s => s.State == SectorState.Failed).Select(s => Around(map, $"failed [{s.Start}, {s.End})", s.Start, s.End))];

    /// <summary>The part of <paramref name="map"/> inside <paramref name="window"/>: the same map, its spans clipped.</summary>
    public static SectorMap Slice(SectorMap map, SectorWindow window) => map with
    {
        Start = window.Start,
        End = window.End,
        Sectors = Clip(map.Sectors, window),
        Blocks = Clip(map.Blocks, window),
    };

    private static bool Big(SectorMap map) => (map.End - map.Start) / map.SectorSize > OverviewSectors;

    /// <summary>From <see cref="SectorsAround"/> sectors before <paramref name="from"/> to as many after <paramref name="to"/> (at most twice that in all).</summary>
    private static SectorWindow Around(SectorMap map, string title, long from, long to)
    {
        var s = map.SectorSize;
        var pad = SectorsAround * s;
        var start = Math.Max(map.Start, (from / s * s) - pad);
        var end = Math.Min(map.End, Math.Min((to + s - 1) / s * s, from + pad) + pad);
        return new SectorWindow(title, start, Math.Max(end, Math.Min(map.End, start + s)));
    }

    private static List<MapSpan<T>> Clip<T>(IReadOnlyList<MapSpan<T>> spans, SectorWindow w) =>
        [.. spans.Where(x => x.End > w.Start && x.Start < w.End).Select(x => x with { Start = Math.Max(x.Start, w.Start), End = Math.Min(x.End, w.End) })];
}
