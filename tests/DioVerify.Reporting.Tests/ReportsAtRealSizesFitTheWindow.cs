using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Reporting.Html;
using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// Replay pages of writes at the sizes real writes have, opened in headless Chromium at 1280 px: Morton's 50 BIOs,
/// a 4 MiB write with three failed 128 KiB BIOs, and 2048 one-sector BIOs that alternately fail. Every page fits
/// the window's width, every sector map's P, R and EOF markers are inside it, every arrival is in a drawn column
/// of the timeline, and the page stays a bounded number of screens tall.
/// </summary>
public sealed partial class ReportsAtRealSizesFitTheWindow
{
    private const int WindowWidth = 1280;

    /// <summary>The tallest a page may be: about a screen per policy section, however many BIOs the write has.</summary>
    private const int MaxPageHeight = 16_000;

    /// <summary>Each size's page is replayed and probed once, whichever test asks first: the four tests read the one DOM.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<string>> Doms = new();

    public static TheoryData<string> Sizes => ["morton-50-bios", "4-mib-three-failed-128-kib-bios", "2048-one-sector-bios-alternately-failing"];

    /// <summary>The schedules: Morton's from its scenario file, the two big ones built here.</summary>
    public static Schedule ScheduleOf(string size) => size switch
    {
        "morton-50-bios" => ScheduleReader.ReadFile(Path.Combine(Repository.Scenarios, "morton-50-bios.json")),

        // 8192 sectors in 32 BIOs of 128 KiB; BIOs 5, 17 and 30 fail; they arrive last to first.
        "4-mib-three-failed-128-kib-bios" => Build(new WriteRequest(0, 4 << 20, 0, 4096, 512, 128 << 10), 32, k => k is 5 or 17 or 30, k => 31 - k),

        // Every odd BIO fails; they arrive evens first, then odds.
        "2048-one-sector-bios-alternately-failing" => Build(new WriteRequest(0, 2048 * 512, 0, 4096, 512, 512), 2048, k => k % 2 == 1, j => j < 1024 ? 2 * j : (2 * (j - 1024)) + 1),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "no such size"),
    };

    [TheoryWhenChromium]
    [MemberData(nameof(Sizes))]
    public void The_replay_page_has_no_horizontal_overflow_at_1280_px(string size)
    {
        var body = BodyOf(Probe(size));

        Assert.Equal(WindowWidth, Attribute(body, LayoutProbe.ViewportWidth));
        var scrollWidth = Attribute(body, LayoutProbe.ScrollWidth);
        Assert.True(scrollWidth <= WindowWidth, $"the page is {scrollWidth} px wide in a {WindowWidth} px window");
    }

    [TheoryWhenChromium]
    [MemberData(nameof(Sizes))]
    public void Every_sector_map_shows_its_P_R_and_EOF_markers_inside_the_window(string size)
    {
        var maps = SectorMapTag().Matches(Probe(size)).Select(m => m.Value).ToList();

        Assert.Equal(PolicyCatalog.Builtin.Policies.Count, maps.Count);
        Assert.All(maps, map =>
        {
            Assert.InRange(Attribute(map, LayoutProbe.Markers), 2, 3);
            Assert.Equal(Attribute(map, LayoutProbe.Markers), Attribute(map, LayoutProbe.MarkersInside));
        });
    }

    [TheoryWhenChromium]
    [MemberData(nameof(Sizes))]
    public void Every_arrival_is_in_a_drawn_column_of_the_timeline(string size)
    {
        var timelines = TimelineTag().Matches(Probe(size)).Select(m => m.Value).ToList();

        var timeline = Assert.Single(timelines);
        Assert.Equal(ScheduleOf(size).Arrival.Length, Attribute(timeline, LayoutProbe.RenderedArrivals));
    }

    [TheoryWhenChromium]
    [MemberData(nameof(Sizes))]
    public void The_page_height_is_bounded_whatever_the_number_of_bios(string size)
    {
        var height = Attribute(BodyOf(Probe(size)), LayoutProbe.ScrollHeight);

        Assert.True(height <= MaxPageHeight, $"the page is {height} px tall");
    }

    [FactWhenChromium]
    public void A_P6_counterexample_of_2048_bios_draws_both_orders_side_by_side_within_the_window()
    {
        var schedule = ScheduleOf("2048-one-sector-bios-alternately-failing");
        var story = CounterexampleStory.Of(Replay.Run(PolicyCatalog.Builtin.Find("arrival-cutoff")!, schedule), Engine.Properties.PropertyId.P6);
        var dir = Directory.CreateTempSubdirectory("dioverify-p6-");
        try
        {
            var page = Path.Combine(dir.FullName, "p6.html");
            File.WriteAllText(page, LayoutProbe.Into(CounterexampleReportHtml.Render(story)));

            var dom = Chromium.DumpDom(page, WindowWidth, 1024);

            Assert.True(Attribute(BodyOf(dom), LayoutProbe.ScrollWidth) <= WindowWidth, "the page overflows the window");
            var timelines = TimelineTag().Matches(dom).Select(m => m.Value).ToList();
            Assert.Equal(2, timelines.Count);
            Assert.All(timelines, t => Assert.Equal(schedule.Arrival.Length, Attribute(t, LayoutProbe.RenderedArrivals)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static Schedule Build(WriteRequest request, int bios, Func<int, bool> fails, Func<int, int> arrival) =>
        new(request, null, [.. Enumerable.Range(0, bios).Select(k => fails(k) ? BioStatus.Eio : BioStatus.Ok)], [.. Enumerable.Range(0, bios).Select(arrival)]);

    /// <summary>The replay page of every built-in policy on the schedule, probed in Chromium at 1280 px: its DOM.</summary>
    private static string Probe(string size) => Doms.GetOrAdd(size, s => new Lazy<string>(() => Load(s))).Value;

    private static string Load(string size)
    {
        var schedule = ScheduleOf(size);
        var runs = PolicyCatalog.Builtin.Policies.Select(policy => Replay.Run(policy, schedule)).ToList();
        var dir = Directory.CreateTempSubdirectory("dioverify-sizes-");
        try
        {
            var page = Path.Combine(dir.FullName, size + ".html");
            File.WriteAllText(page, LayoutProbe.Into(ReplayReportHtml.Render(size + ".json", runs, [])));

            // To look at what the tests measured: DIOVERIFY_REPORT_PAGES=DIR keeps each page and a screenshot there.
            if (Environment.GetEnvironmentVariable("DIOVERIFY_REPORT_PAGES") is { Length: > 0 } keep)
            {
                Directory.CreateDirectory(keep);
                File.Copy(page, Path.Combine(keep, size + ".html"), overwrite: true);
                Chromium.Screenshot(page, Path.Combine(keep, size + ".png"), WindowWidth, 1024);
            }

            return Chromium.DumpDom(page, WindowWidth, 1024);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string BodyOf(string dom) => BodyTag().Match(dom).Value;

    private static int Attribute(string tag, string name)
    {
        var value = Regex.Match(tag, $@"\b{name}=""(\d+)""");
        Assert.True(value.Success, $"{name} is missing from {tag[..Math.Min(tag.Length, 300)]}: the layout probe did not run");
        return int.Parse(value.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("<svg class=\"sector-map\"[^>]*>")]
    private static partial Regex SectorMapTag();

    [GeneratedRegex("<svg class=\"timeline\"[^>]*>")]
    private static partial Regex TimelineTag();

    [GeneratedRegex("<body[^>]*>")]
    private static partial Regex BodyTag();
}
