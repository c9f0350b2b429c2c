using System.Xml.Linq;
using DioVerify.Engine.Runs;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>The legend under a sector map: each sector and block state's colour, glyph and meaning, and the markers.</summary>
public static class SectorLegend
{
    public static XElement Render() =>
        E("div", Class("legend"),
            E("p", Enum.GetValues<SectorState>().Select(s => Entry(StateClass.Of(s), Glyphs.Of(s), Glyphs.Describe(s)))),
            E("p", Enum.GetValues<BlockState>().Select(s => Entry(StateClass.Of(s), Glyphs.Of(s), Glyphs.Describe(s)))),
            E("p", Class("note"),
                "P: where the contiguous durable prefix ends; R: where the returned count ends (none when an error is returned); EOF: the new file size. ",
                $"A cell labelled ×N is a run of N equal sectors (more than {SectorCells.MaxRunCells}); hover a cell for its byte range."));

    // The swatch is class "swatch", never "sector": only the map's own cells are counted as drawn.
    private static XElement Entry(string state, char glyph, string meaning) =>
        E("span", Class("entry"),
            E("svg", Coordinate("width", 14), Coordinate("height", 14), A("aria-hidden", "true"),
                E("rect", Class($"swatch {state}"), Coordinate("x", 0), Coordinate("y", 0), Coordinate("width", 14), Coordinate("height", 14))),
            $" {glyph} {meaning}   ");
}
