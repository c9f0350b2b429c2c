using DioVerify.Engine.Runs;

namespace DioVerify.Reporting.Html;

/// <summary>One drawn cell of a sector map: a single sector, or a run of equal sectors drawn once and labelled with its count.</summary>
public sealed record SectorCell(long Start, long End, SectorState State, long Sectors)
{
    public bool IsRun => Sectors > 1;
}

/// <summary>
/// How a sector map is cut into cells: one cell per sector, except that a run of more than
/// <see cref="MaxRunCells"/> equal sectors becomes one cell with its count — so a terabyte-long hole is a
/// cell, while a failed BIO of a few sectors is shown sector by sector beside its neighbours.
/// </summary>
public static class SectorCells
{
    /// <summary>A run of at most this many equal sectors is drawn sector by sector.</summary>
    public const int MaxRunCells = 8;

    public static IReadOnlyList<SectorCell> Of(SectorMap map)
    {
        var cells = new List<SectorCell>();
        foreach (var span in map.Sectors)
        {
            // The file size need not be sector-aligned, so a span may begin mid-sector: a sector belongs to
            // the span holding its first byte (the text map draws it the same way).
            var first = RoundUpFrom(map.Start, span.Start, map.SectorSize);
            var sectors = first >= span.End ? 0 : ((span.End - first + map.SectorSize - 1) / map.SectorSize);
            if (sectors == 0) continue;
            if (sectors > MaxRunCells)
            {
                cells.Add(new SectorCell(first, first + (sectors * map.SectorSize), span.State, sectors));
                continue;
            }

            for (var k = 0; k < sectors; k++)
            {
                var start = first + (k * map.SectorSize);
                cells.Add(new SectorCell(start, start + map.SectorSize, span.State, 1));
            }
        }

        return cells;
    }

    /// <summary>The first sector boundary (counted from <paramref name="origin"/>) at or after <paramref name="x"/>.</summary>
    private static long RoundUpFrom(long origin, long x, long unit)
    {
        var rest = (x - origin) % unit;
        return rest == 0 ? x : x + (unit - rest);
    }
}
