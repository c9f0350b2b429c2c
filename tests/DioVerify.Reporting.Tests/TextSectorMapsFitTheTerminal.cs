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

            // The picture ends at the legend; a run table may follow it, one run a line.
            var picture = lines.TakeWhile(l => !l.StartsWith("  too wide", StringComparison.Ordinal)).Where(l => !l.StartsWith("  legend", StringComparison.Ordinal) && !l.StartsWith("          E existing", StringComparison.Ordinal)).ToList();
            Assert.All(picture.Skip(1), line => Assert.True(line.Length <= width, $"{line.Length} characters in a {width}-character terminal: {line}"));
            var expected = map.Returned >= 0 ? 3 : 2;
            Assert.Equal(expected, picture.Count(l => l.Contains("P  contiguous", StringComparison.Ordinal) || l.Contains("R  returned", StringComparison.Ordinal) || l.Contains("EOF new file size", StringComparison.Ordinal)));
            Assert.Equal(expected, picture.Count(l => l.Contains('^') || l.Contains('>')));
        }
    }
}
