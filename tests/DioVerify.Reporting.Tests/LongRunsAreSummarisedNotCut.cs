using DioVerify.Engine.Model;
using DioVerify.Reporting.Html;
using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// What makes a long run fit a page without losing any of it: the marker labels never overlap, a timeline's
/// lanes hold every BIO exactly once with the ones that matter alone, and a long index list reads as ranges.
/// </summary>
public sealed class LongRunsAreSummarisedNotCut
{
    [Fact]
    public void Marker_labels_at_the_same_or_close_offsets_are_pushed_apart_in_order_and_stay_inside()
    {
        (double X, double Width)[] labels = [(100, 7), (100, 7), (102, 21), (SectorMapSvg.Width - 1, 21), (SectorMapSvg.Width, 21)];

        var centres = SectorMapSvg.LabelCentres(labels);

        for (var i = 1; i < labels.Length; i++)
        {
            Assert.True(centres[i] - (labels[i].Width / 2) >= centres[i - 1] + (labels[i - 1].Width / 2), $"labels {i - 1} and {i} overlap");
        }

        Assert.All(centres.Zip(labels), p => Assert.InRange(p.First - (p.Second.Width / 2), 0, SectorMapSvg.Width - p.Second.Width));
    }

    [Fact]
    public void Above_the_lane_limit_every_bio_is_in_exactly_one_lane_and_the_ones_that_matter_are_alone()
    {
        const int count = 2048;
        var bios = Enumerable.Range(0, count).Select(k => new StoryBio(k, k * 512L, (k + 1) * 512L, k % 2 == 1 ? BioStatus.Eio : BioStatus.Ok)).ToList();
        int[] arrival = [.. Enumerable.Range(0, count).Reverse()];

        var lanes = TimelineLanes.Of(bios, arrival, prefixEnd: 512, returnedEnd: 700 * 512, TimelineSvg.MaxLanes);

        Assert.InRange(lanes.Count, 2, TimelineSvg.MaxLanes);
        Assert.Equal(0, lanes[0].First);
        Assert.Equal(count - 1, lanes[^1].Last);
        Assert.All(lanes.Zip(lanes.Skip(1)), p => Assert.Equal(p.First.Last + 1, p.Second.First));

        // BIO 1 fails lowest (P ends at it), BIO 2047 fails first in arrival, R ends in BIO 699.
        int[] alone = [0, 1, 2, 698, 699, 700, 2046, 2047];
        Assert.All(alone, k => Assert.Contains(new TimelineLane(k, k), lanes));
    }

    [Fact]
    public void At_most_the_lane_limit_every_bio_has_its_own_lane()
    {
        var bios = Enumerable.Range(0, TimelineSvg.MaxLanes).Select(k => new StoryBio(k, k, k + 1, BioStatus.Ok)).ToList();

        var lanes = TimelineLanes.Of(bios, [.. Enumerable.Range(0, bios.Count)], null, null, TimelineSvg.MaxLanes);

        Assert.Equal(bios.Select(b => new TimelineLane(b.Index, b.Index)), lanes);
    }

    [Theory]
    [InlineData(new[] { 1, 3, 5, 7, 20, 0, 2, 4 }, "1–7 by 2|20|0–4 by 2")]
    [InlineData(new[] { 5, 4, 3, 2, 1, 0 }, "5–0 by -1")]
    [InlineData(new[] { 0, 1, 2, 3 }, "0–3")]
    [InlineData(new[] { 4, 9 }, "4|9")]
    public void An_index_list_reads_as_ranges_of_constant_step(int[] list, string expected)
    {
        Assert.Equal(expected, string.Join("|", IndexRanges.Of(list)));
    }
}
