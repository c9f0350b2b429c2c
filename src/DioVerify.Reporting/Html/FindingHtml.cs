using System.Xml.Linq;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>
/// A property's account of a failure as a list. A long account (a failed BIO per line, an arrival order of
/// thousands) shows its first lines and its last, with the whole of it one click away in a <c>&lt;details&gt;</c>,
/// so a verdict table stays a screen tall however many BIOs failed.
/// </summary>
public static class FindingHtml
{
    /// <summary>Most lines shown open; a longer account is collapsed.</summary>
    public const int MaxOpenLines = 6;

    /// <summary>Longest line shown open; a longer one is cut, in full in the collapsed part.</summary>
    public const int MaxOpenLineLength = 240;

    public static XElement Render(IReadOnlyList<string> lines, string classes)
    {
        var trimmed = lines.Select(l => l.Trim()).ToList();
        var tooLong = trimmed.Any(l => l.Length > MaxOpenLineLength);
        if (trimmed.Count <= MaxOpenLines && !tooLong) return E("ul", Class(classes), trimmed.Select(l => E("li", l)));

        // The first lines say what failed and where it starts; the last says where it ends.
        var open = trimmed.Count <= MaxOpenLines ? trimmed : [.. trimmed.Take(MaxOpenLines - 1), "…", trimmed[^1]];
        return E("div", Class(classes),
            E("ul", Class("finding"), open.Select(l => E("li", Shorten(l)))),
            E("details", Class("finding-full"),
                E("summary", $"the whole account: {trimmed.Count} line(s)"),
                E("ul", Class("finding"), trimmed.Select(l => E("li", Class("full-list"), l)))));
    }

    private static string Shorten(string line) => line.Length <= MaxOpenLineLength ? line : line[..(MaxOpenLineLength - 1)] + "…";
}
