using System.Xml.Linq;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Reporting.Html;
using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// Under a big map's overview, a row of panels zooms on P, R and the first failed runs, each panel showing the markers
/// that fall inside it; the other failed runs are summarised in a closed <c>&lt;details&gt;</c>. A small map has none.
/// </summary>
public sealed class ZoomedPanelsOfBigMaps
{
    [Theory]
    [MemberData(nameof(ReportsAtRealSizesFitTheWindow.Sizes), MemberType = typeof(ReportsAtRealSizesFitTheWindow))]
    public void Every_policy_s_map_has_a_panel_around_P_with_the_P_marker_in_it(string size)
    {
        var schedule = ReportsAtRealSizesFitTheWindow.ScheduleOf(size);
        foreach (var policy in PolicyCatalog.Builtin.Policies)
        {
            var run = Replay.Run(policy, schedule);
            var map = SectorMap.Of(run);
            var section = new XElement("div", RunSectionHtml.Render(run, null));
            var row = section.Elements("div").Single(e => e.HasClass("sector-details"));
            var panels = row.Elements("figure").ToList();

            var failures = map.Sectors.Count(s => s.State == SectorState.Failed);
            var markers = SectorWindows.AroundMarkers(map).Count;
            Assert.Equal(markers + Math.Min(failures, Math.Max(1, SectorDetailsHtml.PanelsPerRow - markers)), panels.Count);
            var p = panels[0];
            Assert.StartsWith("around P", p.Element("figcaption")!.Text());
            Assert.Contains(p.Descendants().Where(e => e.HasClass("marker-group")), g => (string?)g.Attribute("data-marker") == "P");
            Assert.All(panels, panel => Assert.Single(panel.Elements(), e => e.HasClass("sector-detail")));

            var more = section.Elements("details").SingleOrDefault(e => e.HasClass("more-failures"));
            var inRow = panels.Count - markers;
            if (failures > inRow)
            {
                Assert.NotNull(more);
                Assert.Null(more.Attribute("open"));
                Assert.StartsWith($"{failures - inRow} more failed run(s)", more.Element("summary")!.Text());
            }
            else
            {
                Assert.Null(more);
            }
        }
    }

    [Fact]
    public void A_map_whose_overview_draws_every_sector_gets_no_panels()
    {
        // 8 KiB in two 4 KiB BIOs, the second failed: 16 sectors.
        var schedule = new Schedule(new WriteRequest(0, 8192, 0, 4096, 512, 4096), null, [BioStatus.Ok, BioStatus.Eio], [0, 1]);
        var run = Replay.Run(PolicyCatalog.Builtin.Find("contiguous-prefix")!, schedule);
        Assert.True((SectorMap.Of(run).End - SectorMap.Of(run).Start) / schedule.Request.SectorSize <= SectorWindows.OverviewSectors, "the scenario is small");

        var section = new XElement("div", RunSectionHtml.Render(run, null));

        Assert.DoesNotContain(section.Descendants(), e => e.HasClass("sector-detail"));
    }
}
