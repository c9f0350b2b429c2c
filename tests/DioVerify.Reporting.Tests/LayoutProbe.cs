namespace DioVerify.Reporting.Tests;

/// <summary>
/// A small script by which a page measures its own layout, so a headless browser's DOM dump shows what was really
/// drawn: how many sector cells have a width, and how many in-page links lead nowhere. Production pages carry no
/// script (their policy is <c>script-src 'none'</c>): the tests inject this one into their own copy of a page
/// (<see cref="Into"/>).
/// </summary>
public static class LayoutProbe
{
    /// <summary>Set on each sector-map SVG: its <c>rect.sector</c> cells that the browser laid out with a non-zero width.</summary>
    public const string RenderedSectorCells = "data-rendered-sector-cells";

    /// <summary>Set on each sector-map SVG: its P, R and EOF markers whose line and label both lie inside the viewport's width.</summary>
    public const string MarkersInside = "data-markers-inside";

    /// <summary>Set on each sector-map SVG: its markers.</summary>
    public const string Markers = "data-markers";

    /// <summary>Set on each timeline SVG: the arrivals its laid-out columns stand for (a column may stand for several).</summary>
    public const string RenderedArrivals = "data-rendered-arrivals";

    /// <summary>Set on the body: the document's scroll width, in CSS pixels.</summary>
    public const string ScrollWidth = "data-scroll-width";

    /// <summary>Set on the body: the document's scroll height, in CSS pixels.</summary>
    public const string ScrollHeight = "data-scroll-height";

    /// <summary>Set on the body: the viewport's width, in CSS pixels.</summary>
    public const string ViewportWidth = "data-viewport-width";

    /// <summary>Set on the body: the in-page links (<c>href="#..."</c>).</summary>
    public const string InternalLinks = "data-internal-links";

    /// <summary>Set on the body: the in-page links whose target id is not in the page.</summary>
    public const string BrokenInternalLinks = "data-broken-internal-links";

    // Runs once, at the end of the body, after everything is parsed.
    public const string Script = $$"""
        (function () {
          function drawn(element) { return Boolean(element.getBBox().width) ? Boolean(element.getBoundingClientRect().width) : false; }
          document.querySelectorAll('svg.sector-map').forEach(function (svg) {
            svg.setAttribute('{{RenderedSectorCells}}', String(Array.prototype.filter.call(svg.querySelectorAll('rect.sector'), drawn).length));
          });
          function inside(element) { var box = element.getBoundingClientRect(); return box.left >= 0 && box.right <= window.innerWidth && box.width + box.height > 0; }
          document.querySelectorAll('svg.sector-map').forEach(function (svg) {
            var markers = svg.querySelectorAll('g.marker-group');
            var shown = Array.prototype.filter.call(markers, function (g) { return inside(g.querySelector('line.marker')) && inside(g.querySelector('text.label')); });
            svg.setAttribute('{{Markers}}', String(markers.length));
            svg.setAttribute('{{MarkersInside}}', String(shown.length));
          });
          document.querySelectorAll('svg.timeline').forEach(function (svg) {
            var arrivals = 0;
            svg.querySelectorAll('rect.column').forEach(function (column) { if (inside(column) && column.getBoundingClientRect().width > 0) arrivals += Number(column.getAttribute('data-arrivals')); });
            svg.setAttribute('{{RenderedArrivals}}', String(arrivals));
          });
          var root = document.documentElement;
          document.body.setAttribute('{{ScrollWidth}}', String(root.scrollWidth));
          document.body.setAttribute('{{ScrollHeight}}', String(root.scrollHeight));
          document.body.setAttribute('{{ViewportWidth}}', String(window.innerWidth));
          var links = document.querySelectorAll('a[href^="#"]');
          var broken = Array.prototype.filter.call(links, function (a) { return !document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))); });
          document.body.setAttribute('{{InternalLinks}}', String(links.length));
          document.body.setAttribute('{{BrokenInternalLinks}}', String(broken.length));
        })();
        """;

    /// <summary>
    /// A copy of <paramref name="page"/> with the probe at the end of its body and a policy that lets an inline
    /// script run; it fails when the page's policy is not the production one, so a test cannot probe a page
    /// that was already allowed to run scripts.
    /// </summary>
    public static string Into(string page)
    {
        const string forbidden = "script-src 'none'";
        if (!page.Contains(forbidden, StringComparison.Ordinal)) throw new InvalidOperationException($"the page's policy does not say {forbidden}");
        if (!page.Contains("</body>", StringComparison.Ordinal)) throw new InvalidOperationException("the page has no </body>");
        return page.Replace(forbidden, "script-src 'unsafe-inline'", StringComparison.Ordinal)
            .Replace("</body>", $"<script>{Script}</script></body>", StringComparison.Ordinal);
    }
}
