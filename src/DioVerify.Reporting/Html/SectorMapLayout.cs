using DioVerify.Engine.Runs;

namespace DioVerify.Reporting.Html;

/// <summary>One drawn cell of a sector map's overview: its sectors, where it is drawn, and how many of its sectors failed.</summary>
/// <param name="Merged">True when the cell stands for several cells too narrow to draw apart; it is drawn failed if any of its sectors failed.</param>
public sealed record DrawnCell(long Start, long End, SectorState State, long Sectors, long FailedSectors, bool Merged, double X, double Width)
{
    public bool IsRun => Sectors > 1;
}

/// <summary>
/// Where a sector map's cells go in a row of fixed width: to scale (each cell as wide as the sectors it stands
/// for), but never narrower than <see cref="MinCellWidth"/>, so a failed sector in a long write is still seen.
/// Neighbouring cells too narrow even then are merged into one, drawn failed if any of them failed — the same
/// rule the text map uses for a block.
/// </summary>
public static class SectorMapLayout
{
    /// <summary>The narrowest a cell is drawn, in SVG units: about two pixels at 1280 px.</summary>
    public const double MinCellWidth = 2;

    /// <summary>The widest a single sector is drawn: a short write is not stretched across the page.</summary>
    public const double MaxSectorWidth = 16;

    public static IReadOnlyList<DrawnCell> Of(SectorMap map, double left, double width)
    {
        var cells = SectorCells.Of(map);
        var sectors = cells.Sum(c => c.Sectors);
        if (sectors == 0) return [];

        var merged = Merge(cells, width / sectors);
        return Place(merged, left, Math.Min(width, sectors * MaxSectorWidth));
    }

    /// <summary>Merges runs of neighbouring cells narrower than the minimum at <paramref name="scale"/> units per sector.</summary>
    private static List<DrawnCell> Merge(IReadOnlyList<SectorCell> cells, double scale)
    {
        var result = new List<DrawnCell>();
        var group = new List<SectorCell>();

        void Flush()
        {
            if (group.Count == 0) return;
            var failed = group.Where(c => c.State == SectorState.Failed).Sum(c => c.Sectors);
            var state = failed > 0 ? SectorState.Failed : group[0].State;
            var uniform = group.All(c => c.State == group[0].State);
            result.Add(new DrawnCell(group[0].Start, group[^1].End, state, group.Sum(c => c.Sectors), failed, Merged: group.Count > 1 && !uniform, 0, 0));
            group.Clear();
        }

        foreach (var cell in cells)
        {
            if (cell.Sectors * scale >= MinCellWidth)
            {
                Flush();
                group.Add(cell);
                Flush();
                continue;
            }

            group.Add(cell);
            if (group.Sum(c => c.Sectors) * scale >= MinCellWidth) Flush();
        }

        Flush();
        return result;
    }

    /// <summary>
    /// Gives each cell its share of <paramref name="width"/>: the minimum for the narrow ones, and the rest shared
    /// in proportion to sectors by the others (a few rounds, since raising one cell to the minimum takes from all).
    /// </summary>
    private static List<DrawnCell> Place(List<DrawnCell> cells, double left, double width)
    {
        var narrow = new bool[cells.Count];
        for (var round = 0; round < 4; round++)
        {
            var wideSectors = cells.Where((c, i) => !narrow[i]).Sum(c => c.Sectors);
            var room = width - (narrow.Count(n => n) * MinCellWidth);
            var scale = wideSectors == 0 ? 0 : room / wideSectors;
            var changed = false;
            for (var i = 0; i < cells.Count; i++)
            {
                if (narrow[i] || cells[i].Sectors * scale >= MinCellWidth) continue;
                narrow[i] = true;
                changed = true;
            }

            if (!changed) break;
        }

        var wide = cells.Where((c, i) => !narrow[i]).Sum(c => c.Sectors);
        var share = wide == 0 ? 0 : Math.Max(0, width - (narrow.Count(n => n) * MinCellWidth)) / wide;
        var x = left;
        var placed = new List<DrawnCell>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            var w = narrow[i] ? MinCellWidth : cells[i].Sectors * share;
            placed.Add(cells[i] with { X = x, Width = w });
            x += w;
        }

        return placed;
    }
}
