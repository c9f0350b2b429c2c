using DioVerify.Engine.Policies;
using DioVerify.Engine.Runs;
using DioVerify.Reporting.Html;
using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>
/// A sector map printed to PDF by Chromium (A4, the pages' print stylesheet) and rasterised by pdftoppm keeps its P and
/// R markers on the page, in order: printing used to clip a 4 MiB write's map at the R and EOF markers. A marker line is
/// found as a column of the PNG painted in the marker's colour across the rows the map's cells fill.
/// </summary>
public sealed class PrintedMapsKeepTheirMarkers : IDisposable
{
    /// <summary>pdftoppm's resolution: the map's 24-unit sector row is about 20 pixels tall at it.</summary>
    private const int Dpi = 150;

    /// <summary>Pixels of a marker's colour a column needs within the cell rows (about 40 tall): R's line is dashed and may share its column with EOF's dotted one.</summary>
    private const int LinePixels = 8;

    private const int PrefixColour = 0x1b5e20;
    private const int ReturnedColour = 0xb00020;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("dioverify-print-");

    public void Dispose() => _dir.Delete(recursive: true);

    public static TheoryData<string> Sizes => ReportsAtRealSizesFitTheWindow.Sizes;

    [TheoryWhenPrinting]
    [MemberData(nameof(Sizes))]
    public void The_printed_map_keeps_its_P_and_R_markers_on_one_page(string size)
    {
        // highest-completed returns up to the highest completed BIO's end: R at the far right of the map, where printing clipped.
        var run = Replay.Run(PolicyCatalog.Builtin.Find("highest-completed")!, ReportsAtRealSizesFitTheWindow.ScheduleOf(size));
        Assert.True(run.Returned >= 0, "the policy returns a count on this schedule, so the map has an R marker");
        var page = Path.Combine(_dir.FullName, "map.html");
        File.WriteAllText(page, HtmlPage.Document($"sector map of {size}", SectorMapSvg.Render(SectorMap.Of(run))));
        var pdf = Path.Combine(_dir.FullName, "map.pdf");

        Chromium.PrintToPdf(page, pdf);
        var pages = Poppler.ToPngs(pdf, Path.Combine(_dir.FullName, "map"), Dpi);

        var first = PngImage.Read(Assert.Single(pages));
        var p = MarkerColumns(first, PrefixColour);
        var r = MarkerColumns(first, ReturnedColour);
        Assert.NotEmpty(p);
        Assert.NotEmpty(r);
        Assert.True(r.Max() >= p.Min(), $"R (columns {r.Min()}–{r.Max()}) is drawn left of P (columns {p.Min()}–{p.Max()})");
        Assert.True(r.Max() < first.Width - 1, "R touches the page's right edge: the map is cut there");
    }

    /// <summary>
    /// The columns in which at least <see cref="LinePixels"/> pixels near <paramref name="colour"/> lie in the band of
    /// rows the map's cells fill (the sector and block rows): captions and labels, in the same colour, lie outside it.
    /// </summary>
    private static List<int> MarkerColumns(PngImage image, int colour)
    {
        int[] fills = [0x2e9d3a, 0xd62828, 0x86c98f];
        var filled = Enumerable.Range(0, image.Height)
            .Where(y => Enumerable.Range(0, image.Width).Count(x => fills.Any(f => Near(image.ColourAt(x, y), f))) >= image.Width / 4)
            .ToList();
        Assert.NotEmpty(filled);
        var (top, bottom) = (Math.Max(0, filled.Min() - 6), Math.Min(image.Height - 1, filled.Max() + 6));
        return [.. Enumerable.Range(0, image.Width).Where(x => Enumerable.Range(top, bottom - top + 1).Count(y => Near(image.ColourAt(x, y), colour)) >= LinePixels)];
    }

    private static bool Near(int a, int b) =>
        Math.Abs((a >> 16) - (b >> 16)) <= 30 && Math.Abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff)) <= 30 && Math.Abs((a & 0xff) - (b & 0xff)) <= 30;
}
