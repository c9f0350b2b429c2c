using System.Globalization;
using System.Text.RegularExpressions;
using DioVerify.Engine.Runs;
using DioVerify.Reporting.Html;
using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// The text sector map at the sizes real writes have, in terminals from the narrowest drawn for to wide: no line of the picture is
/// wider than the terminal, and the P, R and EOF carets are all drawn, each on its own line.
/// </summary>
public sealed class TextSectorMapsFitTheTerminal
{
    public static TheoryData<string, int> SizesAndWidths => new()
    {
        { "morton-50-bios", SectorMapText.MinWidth }, { "morton-50-bios", 80 }, { "morton-50-bios", 200 },
        { "4-mib-three-failed-128-kib-bios", SectorMapText.MinWidth }, { "4-mib-three-failed-128-kib-bios", 80 }, { "4-mib-three-failed-128-kib-bios", 200 },
        { "2048-one-sector-bios-alternately-failing", SectorMapText.MinWidth }, { "2048-one-sector-bios-alternately-failing", 80 }, { "2048-one-sector-bios-alternately-failing", 200 },
    };

    [Theory]
    [MemberData(nameof(SizesAndWidths))]
    public void The_picture_fits_the_terminal_and_keeps_every_marker(string size, int width)
    {
        var schedule = ReportsAtRealSizesFitTheWindow.ScheduleOf(size);
        foreach (var policy in Engine.Policies.PolicyCatalog.Builtin.Policies)
        {
            var map = SectorMap.Of(Replay.Run(policy, schedule));

            var lines = SectorMapText.Render(map, width).Split('\n');

            // The picture ends at the legend; zoomed lines around P and R and a run table may follow it.
            var picture = lines.TakeWhile(l => !l.StartsWith("  zoomed", StringComparison.Ordinal) && !l.StartsWith("  too wide", StringComparison.Ordinal)).Where(l => !l.StartsWith("  legend", StringComparison.Ordinal) && !l.StartsWith("          E existing", StringComparison.Ordinal)).ToList();
            Assert.All(picture.Skip(1), line => Assert.True(line.Length <= width, $"{line.Length} characters in a {width}-character terminal: {line}"));
            var expected = map.Returned >= 0 ? 3 : 2;
            Assert.Equal(expected, picture.Count(l => l.Contains("P  contiguous", StringComparison.Ordinal) || l.Contains("R  returned", StringComparison.Ordinal) || l.Contains("EOF new file size", StringComparison.Ordinal)));
            Assert.Equal(expected, picture.Count(l => l.Contains('^') || l.Contains('>')));
        }
    }

    [Theory]
    [MemberData(nameof(SizesAndWidths))]
    public void Under_an_overview_coarser_than_a_sector_the_sectors_around_P_and_R_are_zoomed_to_one_glyph_each(string size, int width)
    {
        var schedule = ReportsAtRealSizesFitTheWindow.ScheduleOf(size);
        foreach (var policy in Engine.Policies.PolicyCatalog.Builtin.Policies)
        {
            var map = SectorMap.Of(Replay.Run(policy, schedule));

            var lines = SectorMapText.Render(map, width).Split('\n');

            var zoomed = lines.SkipWhile(l => !l.StartsWith("  zoomed", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith("  too wide", StringComparison.Ordinal)).ToList();
            Assert.All(zoomed, line => Assert.True(line.Length <= width, $"{line.Length} characters in a {width}-character terminal: {line}"));
            if (lines[0].Contains("-byte sector,", StringComparison.Ordinal))
            {
                Assert.Empty(zoomed);
                continue;
            }

            var p = map.Offset + map.Prefix;
            var at = zoomed.FindIndex(l => l.StartsWith("  zoomed around P", StringComparison.Ordinal));
            Assert.True(at >= 0, "no zoomed lines around P");
            Assert.Single(zoomed, l => l.StartsWith("  zoomed around P", StringComparison.Ordinal));
            // A header too long for the terminal continues on the next line.
            var header = zoomed[at].Contains('[', StringComparison.Ordinal) ? zoomed[at] : zoomed[at] + zoomed[at + 1];
            Assert.Contains(zoomed, l => l.Contains($"P  at {p}", StringComparison.Ordinal));
            if (!header.Contains("one glyph per sector", StringComparison.Ordinal)) continue;

            // A glyph per sector: the caret stands under the first sector boundary at or after P.
            var window = Regex.Match(header, @"\[(\d+), (\d+)\)");
            var start = long.Parse(window.Groups[1].Value, CultureInfo.InvariantCulture);
            var caret = zoomed.Single(l => l.Contains($"P  at {p}", StringComparison.Ordinal)).IndexOf('^', StringComparison.Ordinal);
            Assert.Equal(10 + ((p - start + map.SectorSize - 1) / map.SectorSize), caret);
        }
    }
}
