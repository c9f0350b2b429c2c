using DioVerify.Engine.Policies;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Reporting.Html;
using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// How the HTML sector map cuts a map into cells: one per sector, a long run of equal sectors as one counted cell;
/// the cells tile the map in whole sectors, and the SVG has a <c>rect.sector</c> for each.
/// </summary>
public sealed class SectorCellsOfTheScenarios
{
    [Fact]
    public void Morton_s_fifty_bios_are_a_run_a_failed_bio_sector_by_sector_and_a_run()
    {
        var schedule = ScheduleReader.ReadFile(Path.Combine(Repository.Scenarios, "morton-50-bios.json"));
        var map = SectorMap.Of(Replay.Run(PolicyCatalog.Builtin.Find("sum-completed")!, schedule));

        var cells = SectorCells.Of(map);

        // [0, 81920) durable: 160 sectors; BIO 20, [81920, 86016) failed: 8 sectors; [86016, 204800) durable: 232 sectors.
        SectorCell[] expected =
        [
            new(0, 81920, SectorState.Durable, 160),
            .. Enumerable.Range(0, 8).Select(k => new SectorCell(81920 + (k * 512), 81920 + ((k + 1) * 512), SectorState.Failed, 1)),
            new(86016, 204800, SectorState.Durable, 232),
        ];
        Assert.Equal(expected, cells);
    }

    [Theory]
    [MemberData(nameof(ScenarioSectorMaps.Scenarios), MemberType = typeof(ScenarioSectorMaps))]
    public void The_cells_of_every_policy_s_map_tile_it_in_whole_sectors_and_each_is_one_rect(string scenario)
    {
        var schedule = ScheduleReader.ReadFile(Path.Combine(Repository.Scenarios, scenario + ".json"));
        foreach (var policy in PolicyCatalog.Builtin.Policies)
        {
            var map = SectorMap.Of(Replay.Run(policy, schedule));

            var cells = SectorCells.Of(map);

            Assert.Equal(map.Start, cells[0].Start);
            Assert.Equal(map.End, cells[^1].End);
            Assert.All(cells.Zip(cells.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
            Assert.All(cells, c => Assert.Equal(c.Sectors * map.SectorSize, c.End - c.Start));
            Assert.All(cells.Where(c => c.IsRun), c => Assert.True(c.Sectors > SectorCells.MaxRunCells));

            // A cell has the state of the map at its first byte (an unaligned old EOF splits no sector).
            Assert.All(cells, c => Assert.Equal(map.Sectors.Single(s => s.Start <= c.Start && c.Start < s.End).State, c.State));
            Assert.Equal(SectorMapSvg.Cells(map).Count, SectorMapSvg.Render(map).WithClass("sector").Count());
        }
    }
}
