using DioVerify.Verdicts;
using System.Xml.Linq;
using static DioVerify.Reporting.Html.Markup;

namespace DioVerify.Reporting.Html;

/// <summary>A whole report page: one self-contained HTML file with its stylesheet inline, no script and no outside resource.</summary>
public static class HtmlPage
{
    /// <summary>The HTML elements that have no end tag (HTML Living Standard, "void elements"); every other one needs it.</summary>
    private static readonly HashSet<string> VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    /// <summary>
    /// The page's content security policy. It forbids every fetch and every script, so the page can neither load,
    /// send nor run anything, whatever text a schedule smuggles into it; only its own inline stylesheet applies.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'none'";

    public static string Document(string title, params object?[] body)
    {
        var html = E("html", A("lang", "en"),
            E("head",
                E("meta", A("charset", "utf-8")),
                E("meta", A("http-equiv", "Content-Security-Policy"), A("content", ContentSecurityPolicy)),
                E("meta", A("name", "generator"), A("content", VersionStamp.ProducedBy)),
                E("title", title),
                E("style", ReportStyle.Css)),
            E("body", E("h1", title), body));

        // An HTML parser reads <td/> as an open tag, so empty non-void HTML elements get an explicit end
        // tag; SVG content is parsed as XML-like foreign content, where <rect/> is right.
        foreach (var element in html.Descendants().Where(e => e.IsEmpty && !VoidElements.Contains(e.Name.LocalName) && !InSvg(e)).ToList())
        {
            element.Value = "";
        }

        return "<!DOCTYPE html>\n" + html + "\n";
    }

    private static bool InSvg(XElement element) => element.AncestorsAndSelf("svg").Any();
}
