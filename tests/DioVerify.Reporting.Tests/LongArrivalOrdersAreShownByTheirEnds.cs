using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// The replay text shows an arrival order in full up to 64 BIOs and by its ends above that, so a schedule of
/// a million BIOs prints a line, not megabytes, per policy.
/// </summary>
public sealed class LongArrivalOrdersAreShownByTheirEnds
{
    [Fact]
    public void Sixty_four_entries_are_shown_in_full() =>
        Assert.Equal(string.Join(", ", Enumerable.Range(0, 64)), RunReportText.ArrivalText([.. Enumerable.Range(0, 64)]));

    [Fact]
    public void A_million_entries_are_the_first_32_the_count_left_out_and_the_last_8()
    {
        var text = RunReportText.ArrivalText([.. Enumerable.Range(0, 1_000_000)]);

        Assert.Equal(
            $"{string.Join(", ", Enumerable.Range(0, 32))}, … 999,960 more …, {string.Join(", ", Enumerable.Range(999_992, 8))}",
            text);
    }
}
