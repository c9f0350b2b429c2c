using System.Xml.Linq;
using DioVerify.Engine.Model;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>
/// The submissions and completions of a run as a swimlane SVG: one lane per BIO in file order, every BIO
/// submitted together at the left, and its completion marked (ok or EIO) in the column of its arrival.
/// </summary>
public static class TimelineSvg
{
    private const double Gutter = 200;
    private const double Column = 30;
    private const double SubmitColumn = 56;
    private const double Lane = 20;
    private const double Top = 24;

    public static XElement Render(IReadOnlyList<StoryBio> bios, IReadOnlyList<StoryStep> steps)
    {
        if (bios.Count == 0) return E("p", Class("note"), "No BIOs: the request was cut at its offset, so nothing was submitted or completed.");

        var width = X(steps.Count) + Column;
        var height = Top + (bios.Count * Lane);
        // The arrival order is a permutation: every BIO completes exactly once.
        var arrivals = steps.ToDictionary(s => s.Bio);
        return E("svg", Class("timeline"), A("role", "img"), Coordinate("width", width), Coordinate("height", height),
            A("viewBox", $"0 0 {Math.Round(width, 2)} {Math.Round(height, 2)}"),
            A("aria-label", $"timeline of {bios.Count} BIOs: submitted together, completed in arrival order"),
            E("text", Coordinate("x", X(0)), Coordinate("y", 12), A("text-anchor", "middle"), "submit"),
            Enumerable.Range(1, steps.Count).Select(j => E("g",
                E("line", Class("grid"), Coordinate("x1", X(j)), Coordinate("x2", X(j)), Coordinate("y1", Top - 6), Coordinate("y2", height)),
                E("text", Coordinate("x", X(j)), Coordinate("y", 12), A("text-anchor", "middle"), $"{j}"))),
            bios.Select(b => LaneOf(b, arrivals[b.Index])));
    }

    private static XElement LaneOf(StoryBio bio, StoryStep arrival)
    {
        var y = Top + (bio.Index * Lane) + (Lane / 2);
        var outcome = bio.Status == BioStatus.Ok ? "ok" : "eio";
        return E("g", Class($"lane {outcome}"),
            E("text", Coordinate("x", 0), Coordinate("y", y + 4), $"BIO {bio.Index} [{bio.Start}, {bio.End})"),
            E("line", Class("flight"), Coordinate("x1", X(0)), Coordinate("x2", X(arrival.Arrival + 1)), Coordinate("y1", y), Coordinate("y2", y)),
            E("circle", Class("submit"), Coordinate("cx", X(0)), Coordinate("cy", y), Coordinate("r", 4), E("title", $"BIO {bio.Index} submitted")),
            E("rect", Class($"completion {outcome}"), Coordinate("x", X(arrival.Arrival + 1) - 5), Coordinate("y", y - 5), Coordinate("width", 10), Coordinate("height", 10),
                E("title", $"BIO {bio.Index} completed {(bio.Status == BioStatus.Ok ? "ok" : "EIO")}, arrival {arrival.Arrival + 1}")));
    }

    /// <summary>The x of a column: 0 is the submission (wider, for its label), j the j-th completion.</summary>
    private static double X(int column) => Gutter + (SubmitColumn / 2) + (column == 0 ? 0 : (SubmitColumn / 2) + ((column - 0.5) * Column));
}
