using DioVerify.Verdicts;
using System.Globalization;
using System.Text.RegularExpressions;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Exploration;
using DioVerify.Reporting.Html;
using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// The HTML reports opened in a real browser (headless Chromium): every sector cell the C# map asks for is laid
/// out with a width, a screenshot is a real picture with the failed sectors painted, and the check report's links
/// all land. The tests inject a probe into their copy of each page (<see cref="LayoutProbe"/>), which measures it; the DOM dump shows the measurements.
/// </summary>
public sealed partial class HtmlReportRendersInChromium : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("dioverify-html-");

    public void Dispose() => _dir.Delete(recursive: true);

    [TheoryWhenChromium]
    [MemberData(nameof(ScenarioSectorMaps.Scenarios), MemberType = typeof(ScenarioSectorMaps))]
    public void Every_policy_s_sector_map_of_a_scenario_is_laid_out_with_every_cell_the_map_has(string scenario)
    {
        var path = Path.Combine(Repository.Scenarios, scenario + ".json");
        var schedule = ScheduleReader.ReadFile(path);
        var runs = PolicyCatalog.Builtin.Policies.Select(policy => Replay.Run(policy, schedule)).ToList();

        var dom = Chromium.DumpDom(Write("replay.html", ReplayReportHtml.Render(path, runs, [])));

        var expected = runs.Select(run => SectorMapSvg.Cells(SectorMap.Of(run)).Count).ToList();
        Assert.All(expected, count => Assert.True(count > 0));
        Assert.Equal(expected, RenderedSectorCells(dom));
    }

    [FactWhenChromium]
    public void A_screenshot_of_the_morton_replay_is_a_png_of_the_window_size_with_the_failed_sectors_painted()
    {
        var path = Path.Combine(Repository.Scenarios, "morton-50-bios.json");
        var run = Replay.Run(PolicyCatalog.Builtin.Find("sum-completed")!, ScheduleReader.ReadFile(path));
        var page = Write("morton.html", ReplayReportHtml.Render(path, [run], []));
        var png = Path.Combine(_dir.FullName, "morton.png");

        Chromium.Screenshot(page, png, 1280, 1024);

        var image = PngImage.Read(png);
        Assert.Equal((1280, 1024), (image.Width, image.Height));
        var colours = image.Colours().GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        var pixels = image.Width * image.Height;
        Assert.True(pixels - colours.GetValueOrDefault(0xFFFFFF) > pixels / 20, "the screenshot is (nearly) blank white");
        Assert.True(colours.Count > 16, $"only {colours.Count} colours: text, tables and the map should give many");

        // Each failed sector is its own cell (BIO 20's eight sectors), drawn to scale: 8 of 400 sectors. The page
        // draws the map at least as wide as its view box at 1280 px, so the cells give at least 90% of their area
        // in the failed fill; the legend swatch and the timeline's one EIO mark give about 250 pixels.
        var cells = SectorMapSvg.Cells(SectorMap.Of(run));
        var failedCells = cells.Where(c => c.State == SectorState.Failed).ToList();
        Assert.Equal(8, failedCells.Count);
        var area = failedCells.Sum(c => c.Width * SectorMapSvg.SectorHeight);
        Assert.True(area > 300, $"the failed cells' area {area} is too small to tell them from the swatch and the EIO mark");
        var failed = colours.GetValueOrDefault(FillOf("failed"));
        Assert.True(failed >= 0.9 * area, $"{failed} pixels of the failed fill; the failed cells cover {area}");
        var durable = cells.Where(c => c.State == SectorState.Durable).Sum(c => c.Width * SectorMapSvg.SectorHeight);
        Assert.True(colours.GetValueOrDefault(FillOf("durable")) >= 0.9 * durable, "the durable runs are not painted");
    }

    [FactWhenChromium]
    public void The_check_report_links_every_refuted_cell_to_its_counterexample_and_every_link_lands()
    {
        const int maxBios = 3;
        var report = CheckReports.Explored(maxBios);
        var rows = report.Exploration.Rows;
        var counterexamples = rows.SelectMany(row => row.Cells.Where(c => c.Value.Counterexample is not null).OrderBy(c => c.Key)
            .Select(c => Replay.Run(row.Policy, c.Value.Counterexample!))).ToList();

        var dom = Chromium.DumpDom(Write("check.html", CheckReportHtml.Render(report)));

        Assert.Equal(counterexamples.Count, BodyAttribute(dom, LayoutProbe.InternalLinks));
        Assert.Equal(0, BodyAttribute(dom, LayoutProbe.BrokenInternalLinks));
        Assert.Equal(counterexamples.Select(run => SectorMapSvg.Cells(SectorMap.Of(run)).Count), RenderedSectorCells(dom));
    }

    private string Write(string name, string html)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, LayoutProbe.Into(html));
        return path;
    }

    /// <summary>The stylesheet's fill for a state class, as <c>0xRRGGBB</c>.</summary>
    private static int FillOf(string state) =>
        int.Parse(Regex.Match(ReportStyle.Css, $@"\.{state} \{{ fill: #([0-9a-f]{{6}}); \}}").Groups[1].Value, NumberStyles.HexNumber);

    private static List<int> RenderedSectorCells(string dom) =>
        [.. SectorMapTag().Matches(dom).Select(m => Attribute(m.Value, LayoutProbe.RenderedSectorCells))];

    private static int BodyAttribute(string dom, string name) => Attribute(BodyTag().Match(dom).Value, name);

    private static int Attribute(string tag, string name)
    {
        var value = Regex.Match(tag, $@"\b{name}=""(\d+)""");
        Assert.True(value.Success, $"{name} is missing from {tag}: the page's layout probe did not run");
        return int.Parse(value.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("<svg class=\"sector-map\"[^>]*>")]
    private static partial Regex SectorMapTag();

    [GeneratedRegex("<body[^>]*>")]
    private static partial Regex BodyTag();
}
